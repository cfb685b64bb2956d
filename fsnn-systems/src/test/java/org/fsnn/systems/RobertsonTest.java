// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class RobertsonTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new RobertsonProvider();
    }

    @Test
    void totalConcentrationIsConservedAndTheJacobianIsSingular() {
        DynamicalSystem s = system();
        double[] states = sampledStates(s, 16, SAMPLES);
        double[] f = new double[3];
        double[] jac = new double[9];
        for (int i = 0; i < SAMPLES; i++) {
            double[] y = row(states, i, 3);
            s.rhs(0, y, f);
            assertEquals(0, f[0] + f[1] + f[2], 1e-15 * (Math.abs(f[0]) + Math.abs(f[1]) + Math.abs(f[2])));
            s.jacobian(0, y, jac);
            for (int c = 0; c < 3; c++) {
                double size = Math.abs(jac[c]) + Math.abs(jac[3 + c]) + Math.abs(jac[6 + c]);
                assertEquals(0, jac[c] + jac[3 + c] + jac[6 + c], 1e-15 * size, "column " + c + " sums to zero");
            }
        }
    }

    /** Reference values at t = 40 from the Hairer–Wanner test set (also solve_ivp Radau, rtol 1e-12). */
    @Test
    void rk4WithAStableStepReachesThePublishedSolutionAtTimeForty() {
        double[] y = Rk4.integrate(system(), new double[] {1, 0, 0}, 0, 40, 100_000);
        assertEquals(0.7158270687193e0, y[0], 1e-9);
        assertEquals(0.9185534764529e-5, y[1], 1e-13);
        assertEquals(0.2841637457459e0, y[2], 1e-9);
    }
}
