// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Shape;
import org.junit.jupiter.api.Test;

class LinearTest {
    private static final Backend BACKEND = Backends.reference();

    private static Linear layer() {
        Linear l = new Linear(BACKEND, 3, 2, Init.generator(0));
        l.weight().set(BACKEND.fromArray(new double[] {1, 2, 3, -1, 0, 4}, 2, 3));
        l.bias().orElseThrow().set(BACKEND.fromArray(new double[] {0.5, -2}, 2));
        return l;
    }

    @Test
    void computesXTimesWeightTransposedPlusBias() {
        Var x = Var.constant(BACKEND.fromArray(new double[] {1, 0, 2, -1, 1, 1}, 2, 3));
        assertArrayEquals(new double[] {7.5, 5, 4.5, 3}, layer().apply(x).value().toArray());
    }

    @Test
    void appliesTheSameWeightsToEveryMemberOfABatchOfBatches() {
        Var x = Var.constant(BACKEND.fromArray(new double[] {1, 0, 2, -1, 1, 1, 1, 0, 2, 0, 0, 0}, 2, 2, 3));
        assertArrayEquals(new double[] {7.5, 5, 4.5, 3, 7.5, 5, 0.5, -2}, layer().apply(x).value().toArray());
    }

    @Test
    void gradientsOfTheSumAreTheInputColumnSumsAndTheBatchSize() {
        Linear l = layer();
        Var x = Var.constant(BACKEND.fromArray(new double[] {1, 0, 2, -1, 1, 1}, 2, 3));
        try (Tape tape = Tape.open()) {
            tape.backward(Ops.sum(l.apply(x)));
        }
        assertArrayEquals(new double[] {0, 1, 3, 0, 1, 3}, l.weight().grad().toArray());
        assertArrayEquals(new double[] {2, 2}, l.bias().orElseThrow().grad().toArray());
    }

    @Test
    void initialWeightsAreGlorotUniformAndBiasIsZero() {
        Linear l = new Linear(BACKEND, 50, 30, Init.generator(11));
        double limit = Math.sqrt(6.0 / 80);
        double[] w = l.weight().value().toArray();
        double max = 0;
        for (double v : w) {
            assertTrue(Math.abs(v) <= limit, "weight " + v + " outside ±" + limit);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.9 * limit, "1500 draws should come near the limit, got " + max);
        assertArrayEquals(new double[30], l.bias().orElseThrow().value().toArray());
        assertEquals(Shape.of(30, 50), l.weight().shape());
        assertEquals(50, l.inFeatures());
        assertEquals(30, l.outFeatures());
    }

    @Test
    void withoutBiasHasOnlyAWeight() {
        Linear l = new Linear(BACKEND, 2, 2, false, Init.generator(1));
        assertEquals(java.util.List.of("weight"), java.util.List.copyOf(l.parameters().keySet()));
    }

    @Test
    void rejectsNonPositiveSizes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Linear(BACKEND, 0, 2, Init.generator(1)));
        assertTrue(e.getMessage().contains("in=0"), e.getMessage());
    }
}
