// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.integrators.imex.Batches.matrix;
import static org.fsnn.integrators.imex.Batches.perSample;
import static org.fsnn.integrators.imex.Batches.rollout;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

class SlowManifoldTest {
    private static final double[][] X0 = {{1.0, -0.5}, {0.3, 0.8}};
    private static final double[][] Y0 = {{0.6, -0.4, 0.9}, {-0.2, 0.5, 0.3}};

    @Test
    void theFastCoordinatesStayExactlyZero() {
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 10);
        FastSlowState end = rollout(new SlowManifold(ImexTableau.SSP2_222, 2), field,
                new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(Y0))), perSample(0.01, 0.02),
                perSample(50, 80), 5);
        assertArrayEquals(new double[6], end.y().value().toArray(), 0);
        assertArrayEquals(new int[] {2, 3}, end.y().value().shape().dims());
        assertTrue(Arrays.stream(end.x().value().toArray()).allMatch(Double::isFinite));
    }

    @Test
    void isSecondOrderWithStepsOfOrderOneOverEpsilon() {
        // on y = 0 the slow field is g = −x, so x(t) = x(0) e^{−εt}; Δt runs from 250 to 15.6 = 1/(64ε)
        ConstantLinearField field = ConstantLinearField.pairAndScalar(1e3);
        double eps = 1e-3;
        double time = 1000;
        double[] errors = new double[5];
        for (int k = 0; k < errors.length; k++) {
            int steps = 4 << k;
            FastSlowState end = rollout(new SlowManifold(ImexTableau.SSP2_222, 1), field,
                    new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(new double[2][3]))),
                    perSample(eps, eps), perSample(time / steps, time / steps), steps);
            double[] x = end.x().value().toArray();
            double[] x0 = {X0[0][0], X0[0][1], X0[1][0], X0[1][1]};
            for (int i = 0; i < x.length; i++) {
                errors[k] = Math.max(errors[k], Math.abs(x[i] - x0[i] * Math.exp(-eps * time)));
            }
        }
        double[] orders = Batches.observedOrders(errors);
        System.out.println("slow-manifold, g = -x: errors " + Arrays.toString(errors) + ", observed orders "
                + Arrays.toString(orders));
        for (double order : orders) {
            assertTrue(order >= 1.8 && order <= 2.2, "observed order " + order + "; errors " + Arrays.toString(errors));
        }
    }

    @Test
    void equalsImexSsp2StartedOnTheManifoldBecauseItsFastStagesVanish() {
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 50);
        FastSlowState start = new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(new double[2][3])));
        Var eps = perSample(0.2, 0.7);
        Var dt = perSample(0.4, 0.9);
        FastSlowState imex = rollout(new ImexRungeKutta(ImexTableau.SSP2_222, 2), field, start, eps, dt, 4);
        FastSlowState slow = rollout(new SlowManifold(ImexTableau.SSP2_222, 2), field, start, eps, dt, 4);
        assertArrayEquals(new double[6], imex.y().value().toArray(), 0);
        assertArrayEquals(imex.x().value().toArray(), slow.x().value().toArray(), 0);
        assertTrue(Math.abs(slow.x().value().toArray()[0] - X0[0][0]) > 0.1, "x moved");
    }

    @Test
    void gradientsThroughSeveralStepsMatchFiniteDifferences() {
        SlowManifold slow = new SlowManifold(ImexTableau.SSP2_222, 2);
        GradientCheck.inputs("slow-manifold three steps", v -> {
            NonlinearField field = new NonlinearField(v.get(1), 1);
            FastSlowState start = new FastSlowState(v.get(0), Var.constant(matrix(Y0)));
            return rollout(slow, field, start, v.get(2), v.get(3), 3).x();
        }, matrix(X0), NonlinearField.defaultTheta(), matrix(new double[][] {{0.05}, {0.08}}),
                matrix(new double[][] {{4}, {7}}));
    }

    @Test
    void itsGradientWithRespectToTheIncomingFastStateIsZero() {
        try (var tape = org.fsnn.api.autodiff.Tape.open()) {
            Var y0 = Var.input(matrix(Y0));
            FastSlowState end = new SlowManifold(ImexTableau.SSP2_222, 1).step(
                    new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 1),
                    new FastSlowState(Var.input(matrix(X0)), y0), perSample(0.1, 0.1), perSample(1, 1));
            var grads = tape.gradient(Ops.sum(Ops.concat(end.x(), end.y())));
            assertEquals(0, Arrays.stream(grads.of(y0).toArray()).map(Math::abs).sum(), 0);
        }
    }
}
