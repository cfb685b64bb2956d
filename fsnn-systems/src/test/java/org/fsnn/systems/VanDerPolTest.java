// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class VanDerPolTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new VanDerPolProvider();
    }

    @Test
    void energyChangesByMuTimesOneMinusY1SquaredTimesY2Squared() {
        DynamicalSystem s = system();
        double mu = s.params().get("mu");
        double[] states = sampledStates(s, 17, SAMPLES);
        double[] f = new double[2];
        for (int i = 0; i < SAMPLES; i++) {
            double[] y = row(states, i, 2);
            s.rhs(0, y, f);
            double expected = mu * (1 - y[0] * y[0]) * y[1] * y[1];
            assertEquals(expected, y[0] * f[0] + y[1] * f[1], 1e-12 * (1 + Math.abs(expected)));
        }
    }

    @Test
    void smallMuFollowsTheHarmonicOscillator() {
        DynamicalSystem s = system(java.util.Map.of("mu", 0.0));
        double[] y = Rk4.integrate(s, new double[] {1, 0}, 0, 2, 2000);
        assertEquals(Math.cos(2), y[0], 1e-12);
        assertEquals(-Math.sin(2), y[1], 1e-12);
    }
}
