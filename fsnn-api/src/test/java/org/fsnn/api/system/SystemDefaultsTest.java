// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SystemDefaultsTest {

    /** x' = −ε x, y' = −(y − x): slow manifold y = x/(1 − ε). */
    private record Linear(Params params) implements DynamicalSystem {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            dzdt[0] = -params.get(EPSILON) * z[0];
            dzdt[1] = -(z[1] - z[0]);
        }

        @Override
        public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
            for (int i = 0; i < 2 * count; i++) {
                out[i] = rng.nextDouble();
            }
        }
    }

    private static Params params(List<ParameterSpec> specs, Map<String, Double> given) {
        return Params.resolve("linear", specs, given);
    }

    @Test
    void epsilonIsTheParameterNamedEpsWhenDeclared() {
        List<ParameterSpec> withEps = List.of(new ParameterSpec("eps", 0.1, 0, 1, "small parameter"));
        assertEquals(0.25, new Linear(params(withEps, Map.of("eps", 0.25))).epsilon().orElseThrow());
        List<ParameterSpec> without = List.of(new ParameterSpec("rate", 0.1, 0, 1, "a rate"));
        assertTrue(new Linear(params(without, Map.of())).epsilon().isEmpty());
    }

    @Test
    void fastSlowExtrasAreEmptyByDefault() {
        DynamicalSystem s = new Linear(params(List.of(new ParameterSpec("eps", 0.1, 0, 1, "e")), Map.of()));
        assertTrue(s.slowManifold().isEmpty());
        assertTrue(s.fastEigenvalues(new double[2]).isEmpty());
        assertTrue(s.slowEigenvalues(new double[2]).isEmpty());
    }

    @Test
    void manifoldDefaultsProjectOntoTheLeadingComponentsAndLiftSampledSlowCoordinates() {
        double eps = 0.2;
        SlowManifold m = new SlowManifold() {
            @Override
            public int slowDimension() {
                return 1;
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int order() {
                return EXACT;
            }

            @Override
            public void lift(double[] x, double[] z) {
                z[0] = x[0];
                z[1] = x[0] / (1 - eps);
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[i] = i + 1;
                }
            }
        };
        assertTrue(m.isExact());
        double[] x = new double[1];
        m.project(new double[] {3, 4}, x);
        assertArrayEquals(new double[] {3}, x);
        double[] points = new double[4];
        m.sampleManifold(new SplittableRandom(1), 2, points);
        assertArrayEquals(new double[] {1, 1 / (1 - eps), 2, 2 / (1 - eps)}, points, 1e-15);
    }
}
