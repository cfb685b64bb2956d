// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Rk4RolloutTest {
    /** dz/dt = A z with A = [[0, 1], [-1, 0]]: a rotation, exact solution (cos t, -sin t) from (1, 0). */
    private static final BatchField ROTATION = new BatchField() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void rhs(double[] z, double[] dzdt, int count) {
            for (int i = 0; i < count; i++) {
                dzdt[2 * i] = z[2 * i + 1];
                dzdt[2 * i + 1] = -z[2 * i];
            }
        }
    };

    private static double error(double dt) {
        int steps = Rk4Rollout.steps(dt, 2.0);
        double[][] out = Rk4Rollout.rollout(ROTATION, new double[] {1, 0}, 1, dt, steps);
        double[] end = out[steps];
        return Math.hypot(end[0] - Math.cos(2.0), end[1] + Math.sin(2.0));
    }

    @Test
    void convergesWithOrderFour() {
        double order = Math.log(error(0.1) / error(0.05)) / Math.log(2);
        assertEquals(4.0, order, 0.1);
    }

    @Test
    void oneStepMatchesTheTaylorPolynomialOfTheExponential() {
        // For a linear field one RK4 step multiplies by 1 + h + h²/2 + h³/6 + h⁴/24 (h = -dt here).
        BatchField decay = new BatchField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void rhs(double[] z, double[] dzdt, int count) {
                dzdt[0] = -z[0];
            }
        };
        double h = -0.3;
        double[][] out = Rk4Rollout.rollout(decay, new double[] {2}, 1, 0.3, 1);
        assertEquals(2 * (1 + h + h * h / 2 + h * h * h / 6 + h * h * h * h / 24), out[1][0], 1e-15);
    }
}
