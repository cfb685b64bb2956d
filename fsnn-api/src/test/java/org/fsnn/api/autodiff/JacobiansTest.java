// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.BACKEND;
import static org.fsnn.api.autodiff.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class JacobiansTest {

    private static final Tensor W = uniform(1, -1, 1, 2, 3);

    /** f(x) = tanh(W x), row-wise: J = diag(1 − tanh²(W x)) W. */
    private static final UnaryOperator<Var> TANH_LAYER = x -> Ops.tanh(Ops.matmul(x, Var.constant(W), false, true));

    @Test
    void matchesTheAnalyticJacobianOfATanhLayer() {
        Tensor x = uniform(2, -1, 1, 4, 3);
        double[] j = Jacobians.perSample(TANH_LAYER, x).toArray();
        double[] xs = x.toArray();
        double[] w = W.toArray();
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < 2; i++) {
                double pre = 0;
                for (int k = 0; k < 3; k++) {
                    pre += w[i * 3 + k] * xs[s * 3 + k];
                }
                double slope = 1 - Math.tanh(pre) * Math.tanh(pre);
                for (int k = 0; k < 3; k++) {
                    assertEquals(slope * w[i * 3 + k], j[(s * 2 + i) * 3 + k], 1e-15);
                }
            }
        }
    }

    @Test
    void matchesFiniteDifferencesOfANonlinearMap() {
        // f(x) = (x0·x1, sin x2 + x0², exp(x1) / (1 + x2²)) per row
        UnaryOperator<Var> f = x -> {
            Var x0 = Ops.slice(x, 0, 1);
            Var x1 = Ops.slice(x, 1, 2);
            Var x2 = Ops.slice(x, 2, 3);
            return Ops.concat(Ops.mul(x0, x1), Ops.add(Ops.sin(x2), Ops.square(x0)),
                    Ops.div(Ops.exp(x1), Ops.add(Ops.square(x2), 1)));
        };
        Tensor x = uniform(3, -1, 1, 5, 3);
        Tensor jac = Jacobians.perSample(f, x);
        assertArrayEquals(new int[] {5, 3, 3}, jac.shape().dims());
        double[] j = jac.toArray();
        double[] xs = x.toArray();
        double h = 1e-6;
        for (int s = 0; s < 5; s++) {
            for (int k = 0; k < 3; k++) {
                double[] plus = xs.clone();
                double[] minus = xs.clone();
                plus[s * 3 + k] += h;
                minus[s * 3 + k] -= h;
                double[] fp = apply(f, plus);
                double[] fm = apply(f, minus);
                for (int i = 0; i < 3; i++) {
                    double numeric = (fp[s * 3 + i] - fm[s * 3 + i]) / (2 * h);
                    assertEquals(numeric, j[(s * 3 + i) * 3 + k], 1e-8, "sample " + s + " entry " + i + "," + k);
                }
            }
        }
    }

    private static double[] apply(UnaryOperator<Var> f, double[] x) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            return f.apply(Var.constant(BACKEND.fromArray(x, 5, 3))).value().toArray();
        }
    }

    @Test
    void worksInsideANoGradScopeAndLeavesNothingRecorded() {
        Tensor x = uniform(4, -1, 1, 2, 3);
        try (Tape outer = Tape.open(); Tape.NoGrad _ = Tape.noGrad()) {
            Tensor j = Jacobians.perSample(TANH_LAYER, x);
            assertTrue(Arrays.stream(j.toArray()).anyMatch(v -> v != 0));
            assertEquals(0, outer.size());
        }
    }

    @Test
    void rejectsAnInputThatIsNotABatchOfVectors() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Jacobians.perSample(TANH_LAYER, uniform(5, -1, 1, 2, 2, 3)));
        assertTrue(e.getMessage().contains("Jacobians.perSample") && e.getMessage().contains("[2, 2, 3]"), e.getMessage());
    }

    @Test
    void rejectsAnOutputThatIsNotABatchOfTheSameSize() {
        var e = assertThrows(IllegalArgumentException.class, () -> Jacobians.perSample(Ops::sum, uniform(6, -1, 1, 2, 3)));
        assertTrue(e.getMessage().contains("[1]") && e.getMessage().contains("[2, 3]"), e.getMessage());
    }
}
