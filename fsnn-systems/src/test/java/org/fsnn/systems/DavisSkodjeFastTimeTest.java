// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class DavisSkodjeFastTimeTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new DavisSkodjeFastTimeProvider();
    }

    @Test
    void isTheSlowTimeSystemTimesEpsilon() {
        for (double eps : new double[] {0.01, 0.05, 0.3}) {
            DynamicalSystem fast = system(Map.of(DynamicalSystem.EPSILON, eps));
            DynamicalSystem slow = new DavisSkodjeProvider().create(org.fsnn.api.system.Params.resolve("davis-skodje",
                    new DavisSkodjeProvider().parameters(), Map.of(DynamicalSystem.EPSILON, eps)));
            double[] states = sampledStates(fast, 3, SAMPLES);
            double[] f = new double[2];
            double[] g = new double[2];
            for (int i = 0; i < SAMPLES; i++) {
                double[] s = row(states, i, 2);
                fast.rhs(0, s, f);
                slow.rhs(0, s, g);
                for (int k = 0; k < 2; k++) {
                    assertEquals(eps * g[k], f[k], 1e-14 * (1 + Math.abs(f[k])), "eps " + eps + " component " + k);
                }
            }
        }
    }
}
