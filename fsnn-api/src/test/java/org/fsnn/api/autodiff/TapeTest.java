// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.BACKEND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class TapeTest {

    private static Tensor vector(double... values) {
        return BACKEND.fromArray(values, values.length);
    }

    @Test
    void backwardHandsEachLeafItsGradientAndTwoPassesAdd() {
        List<Tensor> received = new ArrayList<>();
        Var w = Var.leaf(vector(1, 2, 3), received::add);
        Var x = Var.constant(vector(4, 5, 6));
        try (Tape tape = Tape.open()) {
            tape.backward(Ops.sum(Ops.mul(w, x)));
            tape.backward(Ops.sum(Ops.square(w)));
        }
        assertEquals(2, received.size());
        assertArrayEquals(new double[] {4, 5, 6}, received.get(0).toArray());
        assertArrayEquals(new double[] {2, 4, 6}, received.get(1).toArray());
    }

    @Test
    void backwardRejectsANonScalarLoss() {
        try (Tape tape = Tape.open()) {
            Var v = Ops.square(Var.input(vector(1, 2)));
            var e = assertThrows(IllegalArgumentException.class, () -> tape.backward(v));
            assertTrue(e.getMessage().contains("[2]"), e.getMessage());
        }
    }

    @Test
    void nothingIsRecordedInsideANoGradScope() {
        try (Tape tape = Tape.open()) {
            Var x = Var.input(vector(1, 2));
            Ops.exp(x);
            assertEquals(1, tape.size());
            try (Tape.NoGrad _ = Tape.noGrad()) {
                assertFalse(Tape.isRecording());
                Var y = Ops.mul(Ops.exp(x), x);
                assertFalse(y.requiresGrad());
                assertEquals(1, tape.size());
            }
            assertTrue(Tape.isRecording());
            Ops.exp(x);
            assertEquals(2, tape.size());
        }
        assertFalse(Tape.isRecording());
    }

    @Test
    void opsOnConstantsAreNotRecorded() {
        try (Tape tape = Tape.open()) {
            Var y = Ops.exp(Var.constant(vector(1, 2)));
            assertFalse(y.requiresGrad());
            assertEquals(0, tape.size());
        }
    }

    @Test
    void anInnerTapeSuspendsTheOuterOneUntilItCloses() {
        try (Tape outer = Tape.open()) {
            Var x = Var.input(vector(2));
            Var y = Ops.square(x);
            try (Tape inner = Tape.open()) {
                Var z = Ops.mul(y, x); // y is a leaf as far as the inner tape knows
                assertEquals(1, inner.size());
                assertEquals(1, outer.size());
                Gradients g = inner.gradient(z);
                assertEquals(2.0, g.of(y).item());
                assertEquals(4.0, g.of(x).item()); // only the direct path: ∂(y·x)/∂x with y fixed
            }
            Var w = Ops.mul(y, x);
            assertEquals(2, outer.size());
            assertEquals(12.0, outer.gradient(w).of(x).item()); // d(x³)/dx at 2
        }
    }

    @Test
    void aTapeOpenedInsideNoGradRecordsAndTheScopeResumesAfterwards() {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            assertFalse(Tape.isRecording());
            try (Tape tape = Tape.open()) {
                Var x = Var.input(vector(3));
                assertEquals(6.0, tape.gradient(Ops.square(x)).of(x).item());
            }
            assertFalse(Tape.isRecording());
            assertFalse(Ops.square(Var.input(vector(3))).requiresGrad());
        }
    }

    @Test
    void gradientsOfUnusedVarsAreZeros() {
        try (Tape tape = Tape.open()) {
            Var x = Var.input(vector(1, 2));
            Var unused = Var.input(vector(3, 4, 5));
            Gradients g = tape.gradient(Ops.sum(x));
            assertArrayEquals(new double[] {0, 0, 0}, g.of(unused).toArray());
            assertTrue(g.find(unused).isEmpty());
        }
    }

    @Test
    void aTapeCanBeSweptAgainWithAnotherSeed() {
        try (Tape tape = Tape.open()) {
            Var x = Var.input(vector(1, 2));
            Var y = Ops.mul(x, 3);
            assertArrayEquals(new double[] {3, 0}, tape.gradient(y, vector(1, 0)).of(x).toArray());
            assertArrayEquals(new double[] {0, 6}, tape.gradient(y, vector(0, 2)).of(x).toArray());
        }
    }
}
