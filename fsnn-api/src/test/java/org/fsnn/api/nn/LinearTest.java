// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** mean((tanh(x Wᵀ + b) − y)²) with the layer's current parameters. */
    private static Var loss(Linear l, Var x, Var y) {
        return Ops.mean(Ops.square(Ops.sub(Ops.tanh(l.apply(x)), y)));
    }

    @Test
    void backwardGivesParameterGradientsThatMatchCentralDifferences() {
        Linear l = new Linear(BACKEND, 3, 2, Init.generator(4));
        l.bias().orElseThrow().set(BACKEND.fromArray(new double[] {0.3, -0.2}, 2));
        Var x = Var.constant(Init.normal(BACKEND, Shape.of(5, 3), 1, Init.generator(5)));
        Var y = Var.constant(Init.normal(BACKEND, Shape.of(5, 2), 1, Init.generator(6)));
        try (Tape tape = Tape.open()) {
            tape.backward(loss(l, x, y));
        }
        for (Parameter p : l.parameters().values()) {
            double[] analytic = p.grad().toArray();
            double[] value = p.value().toArray();
            double h = 1e-5;
            for (int i = 0; i < value.length; i++) {
                double[] plus = value.clone();
                double[] minus = value.clone();
                plus[i] += h;
                minus[i] -= h;
                p.set(BACKEND.fromArray(plus, p.shape().dims()));
                double up = loss(l, x, y).value().item();
                p.set(BACKEND.fromArray(minus, p.shape().dims()));
                double down = loss(l, x, y).value().item();
                p.set(BACKEND.fromArray(value, p.shape().dims()));
                assertEquals((up - down) / (2 * h), analytic[i], 1e-9, p.name() + "[" + i + "]");
            }
        }
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
        assertEquals(List.of("weight"), List.copyOf(l.parameters().keySet()));
    }

    @Test
    void rejectsNonPositiveSizes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Linear(BACKEND, 0, 2, Init.generator(1)));
        assertTrue(e.getMessage().contains("in=0"), e.getMessage());
    }
}
