// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class SimpleManifoldTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new SimpleManifoldProvider();
    }

    @Test
    void atEpsilonZeroTheFastVariableRelaxesExponentiallyToTheta() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, 0.0));
        double z1 = 0.7;
        double z2 = -0.4;
        double t = 3;
        double[] end = Rk4.integrate(s, new double[] {z1, z2}, 0, t, 3000);
        double theta = 2 * Math.tanh(z1);
        double lambda = -1 - 0.1 * Math.cos(2 * z1);
        assertEquals(z1, end[0], 0);
        assertEquals(theta + (z2 - theta) * Math.exp(lambda * t), end[1], 1e-12);
    }

    @Test
    void fastEigenvalueIsLambdaOfTheSlowVariableAsInThePaper() {
        DynamicalSystem s = system();
        double[] z = {0.3, 1.1};
        Spectra.assertSameMultiset(Spectra.of(Spectra.jacobianBlock(s, z, 1, 1), 1), s.fastEigenvalues(z).orElseThrow(),
                1e-15);
        assertEquals(-1 - 0.1 * Math.cos(0.6), s.fastEigenvalues(z).orElseThrow().re()[0], 1e-15);
    }
}
