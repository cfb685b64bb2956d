// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.integrators.imex.Batches.matrix;
import static org.fsnn.integrators.imex.Batches.perSample;
import static org.fsnn.integrators.imex.Batches.rollout;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

class HybridTest {
    private static final ImexRungeKutta FULL = new ImexRungeKutta(ImexTableau.SSP2_222, 2);
    private static final SlowManifold SLOW = new SlowManifold(ImexTableau.SSP2_222, 1);

    private static double[] row(Var v, int p) {
        int w = v.value().dim(1);
        return Arrays.copyOfRange(v.value().toArray(), p * w, p * w + w);
    }

    @Test
    void eachSampleTakesTheFullStepAboveTheToleranceAndTheSlowStepBelowIt() {
        Hybrid hybrid = new Hybrid(FULL, SLOW, 1e-6);
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 10);
        FastSlowState start = new FastSlowState(
                Var.constant(matrix(new double[][] {{1.0, -0.5}, {0.3, 0.8}, {-0.7, 0.2}, {0.4, 0.4}})),
                Var.constant(matrix(new double[][] {{0.6, -0.4, 0.9}, {1e-7, -2e-7, 3e-7}, {0, 0, 0}, {2e-6, 0, 0}})));
        Var eps = perSample(0.1, 0.2, 0.3, 0.4);
        Var dt = perSample(0.5, 0.6, 0.7, 0.8);
        assertArrayEquals(new boolean[] {false, true, true, false}, hybrid.onManifold(start.y()));
        FastSlowState mixed = hybrid.step(field, start, eps, dt);
        FastSlowState full = FULL.step(field, start, eps, dt);
        FastSlowState slow = SLOW.step(field, start, eps, dt);
        for (int p : new int[] {0, 3}) {
            assertArrayEquals(row(full.x(), p), row(mixed.x(), p), 0, "sample " + p);
            assertArrayEquals(row(full.y(), p), row(mixed.y(), p), 0, "sample " + p);
        }
        for (int p : new int[] {1, 2}) {
            assertArrayEquals(row(slow.x(), p), row(mixed.x(), p), 0, "sample " + p);
            assertArrayEquals(new double[3], row(mixed.y(), p), 0, "sample " + p);
        }
    }

    @Test
    void followsFullImexWhileTheFastStateIsLargeThenSwitchesForGood() {
        Hybrid hybrid = new Hybrid(FULL, SLOW, 1e-4);
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 5);
        Var eps = perSample(0.1);
        Var dt = perSample(0.5);
        FastSlowState h = new FastSlowState(Var.constant(matrix(new double[][] {{1.0, -0.5}})),
                Var.constant(matrix(new double[][] {{0.6, -0.4, 0.9}})));
        FastSlowState f = h;
        int switchedAt = -1;
        for (int k = 0; k < 40; k++) {
            boolean large = !hybrid.onManifold(h.y())[0];
            h = hybrid.step(field, h, eps, dt);
            f = FULL.step(field, f, eps, dt);
            if (large) {
                assertArrayEquals(f.x().value().toArray(), h.x().value().toArray(), 0, "interval " + k);
                assertArrayEquals(f.y().value().toArray(), h.y().value().toArray(), 0, "interval " + k);
            } else {
                switchedAt = switchedAt < 0 ? k : switchedAt;
                assertArrayEquals(new double[3], h.y().value().toArray(), 0, "interval " + k);
            }
        }
        assertTrue(switchedAt > 0, "the fast state decayed below the tolerance and the scheme switched");
        assertTrue(Math.abs(h.x().value().toArray()[0] - f.x().value().toArray()[0]) < 1e-3,
                "after the switch the slow variables still follow the full solution");
    }

    @Test
    void gradientsThroughAMixedBatchMatchFiniteDifferences() {
        // samples 1 and 3 start near the manifold (‖y‖ ≈ 0.01 < 0.05); the others far from it
        double tolerance = 0.05;
        Hybrid hybrid = new Hybrid(FULL, SLOW, tolerance);
        double[][] x0 = {{1.0, -0.5}, {0.3, 0.8}, {-0.7, 0.2}, {0.4, 0.4}};
        double[][] y0 = {{0.6, -0.4, 0.9}, {0.005, -0.008, 0.004}, {-0.3, 0.5, 0.2}, {0.006, 0.007, -0.002}};
        GradientCheck.inputs("hybrid two intervals", v -> {
            NonlinearField field = new NonlinearField(v.get(2), 2);
            FastSlowState start = new FastSlowState(v.get(0), v.get(1));
            FastSlowState end = rollout(hybrid, field, start, v.get(3), v.get(4), 2);
            return Ops.concat(end.x(), end.y());
        }, matrix(x0), matrix(y0), NonlinearField.defaultTheta(), matrix(new double[][] {{0.1}, {0.2}, {0.3}, {0.4}}),
                matrix(new double[][] {{0.2}, {0.3}, {0.25}, {0.35}}));
        // the decisions must be far from the threshold, or finite differences would cross it
        FastSlowState mid = hybrid.step(new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 2),
                new FastSlowState(Var.constant(matrix(x0)), Var.constant(matrix(y0))), perSample(0.1, 0.2, 0.3, 0.4),
                perSample(0.2, 0.3, 0.25, 0.35));
        for (double[] start : new double[][] {row(mid.y(), 0), row(mid.y(), 2)}) {
            assertTrue(Math.sqrt(Arrays.stream(start).map(c -> c * c).sum()) > 2 * tolerance);
        }
        assertArrayEquals(new boolean[] {false, true, false, true}, hybrid.onManifold(mid.y()));
    }

    @Test
    void aNonPositiveToleranceIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Hybrid(FULL, SLOW, 0));
        assertEquals("hybrid: tolerance must be a positive finite number, got 0.0", e.getMessage());
    }
}
