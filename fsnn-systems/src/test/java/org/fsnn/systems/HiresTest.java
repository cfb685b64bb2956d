// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class HiresTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new HiresProvider();
    }

    @Test
    void y7PlusY8IsConserved() {
        DynamicalSystem s = system();
        double[] states = sampledStates(s, 18, SAMPLES);
        double[] f = new double[8];
        for (int i = 0; i < SAMPLES; i++) {
            s.rhs(0, row(states, i, 8), f);
            assertEquals(0, f[6] + f[7], 0);
        }
    }

    /**
     * Reference values at t = 321.8122 from the Bari test set for IVP solvers (also solve_ivp Radau,
     * rtol 1e-12). RK4 is stable there with h = 0.005: the Jacobian's spectral radius stays near 212.
     */
    @Test
    void rk4ReachesThePublishedSolutionAtTheEndTime() {
        double[] reference = {0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4,
            0.1175651343283149e-2, 0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2,
            0.2850001604814231e-2};
        double[] y = Rk4.integrate(system(), Hires.initialState(), 0, Hires.END_TIME, 64_362);
        for (int i = 0; i < 8; i++) {
            assertEquals(reference[i], y[i], 1e-9 * Math.abs(reference[i]) + 1e-13, "y" + (i + 1));
        }
    }
}
