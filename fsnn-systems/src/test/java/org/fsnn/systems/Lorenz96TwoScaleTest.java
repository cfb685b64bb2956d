// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class Lorenz96TwoScaleTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new Lorenz96TwoScaleProvider();
    }

    @Override
    protected Map<String, Double> parameters() {
        return Map.of("K", 5.0, "J", 3.0);
    }

    @Test
    void energyChangesAsEquation515States() {
        for (Map<String, Double> p : java.util.List.of(Map.of(DynamicalSystem.EPSILON, 0.3),
                Map.of(DynamicalSystem.EPSILON, 0.01, "F", 0.7, "h", 1.3, "K", 7.0, "J", 6.0))) {
            DynamicalSystem s = system(p);
            double eps = p.get(DynamicalSystem.EPSILON);
            double forcing = p.getOrDefault("F", 0.0);
            int k = s.split().orElseThrow().slow();
            int d = s.dimension();
            double[] states = sampledStates(s, 9, SAMPLES);
            double[] f = new double[d];
            for (int i = 0; i < SAMPLES; i++) {
                double[] z = row(states, i, d);
                s.rhs(0, z, f);
                double change = 0;
                double right = 0;
                for (int c = 0; c < d; c++) {
                    double weight = c < k ? 1 : eps * eps;
                    change += weight * z[c] * f[c];
                    right += c < k ? -eps * z[c] * z[c] + eps * forcing * z[c] : -eps * eps * z[c] * z[c];
                }
                assertEquals(right, change, 1e-13 * (1 + Math.abs(right)), "at " + Arrays.toString(z));
            }
        }
    }

    @Test
    void fastEigenvaluesOnTheManifoldAreEquation512() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, 0.05));
        SlowManifold m = s.slowManifold().orElseThrow();
        int d = s.dimension();
        int k = m.slowDimension();
        double[] points = new double[SAMPLES * d];
        m.sampleManifold(new SplittableRandom(10), SAMPLES, points);
        for (int i = 0; i < SAMPLES; i++) {
            double[] z = row(points, i, d);
            Eigenvalues reported = s.fastEigenvalues(z).orElseThrow();
            Spectra.assertSameMultiset(reported, Spectra.of(Spectra.jacobianBlock(s, z, k, d - k), d - k), 1e-10);
        }
        double[] off = row(sampledStates(s, 10, 1), 0, d);
        assertTrue(s.fastEigenvalues(off).isEmpty(), "no closed form off the manifold");
    }

    @Test
    void withFourFastVariablesTheFastBlockIsStableExactlyForChiBetweenMinusHalfAndOne() {
        DynamicalSystem s = system(Map.of("K", 1.0, "J", 4.0));
        for (double chi : new double[] {-0.5, 1}) {
            for (double side : new double[] {-1e-3, 1e-3}) {
                double c = chi + side;
                double[] z = {0, c, c, c, c};
                double largest = Arrays.stream(s.fastEigenvalues(z).orElseThrow().re()).max().orElseThrow();
                boolean inside = c > -0.5 && c < 1;
                assertEquals(inside, largest < 0, "chi = " + c + ", largest real part " + largest);
            }
        }
    }

    @Test
    void fractionalSizesAreRejectedNamingTheParameter() {
        assertOneLineNaming(assertThrows(IllegalArgumentException.class, () -> system(Map.of("K", 2.5))), "K");
        assertOneLineNaming(assertThrows(IllegalArgumentException.class, () -> system(Map.of("J", 1.5))), "J");
    }
}
