// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;

/** Systems the data tests share. */
final class TestSystems {

    private TestSystems() {
    }

    /** The registered family of a system plugin with default parameters. */
    static SystemFamily family(String name) {
        return SystemFamily.of(Registry.load(SystemProvider.class).get(name), Map.of());
    }

    /** dz/dt = λ z with λ = −1/ε: one linear mode, whose burst labels are known in closed form. */
    static SystemFamily linearMode() {
        return eps -> new DynamicalSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public Params params() {
                return Params.resolve("linear-mode", List.of(new ParameterSpec(EPSILON, 0.1, 0, 1, "1/rate")),
                        Map.of(EPSILON, eps));
            }

            @Override
            public void rhs(double t, double[] z, double[] dzdt) {
                dzdt[0] = -z[0] / eps;
            }

            @Override
            public Optional<Eigenvalues> fastEigenvalues(double[] z) {
                return Optional.of(Eigenvalues.real(-1 / eps));
            }

            @Override
            public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[i] = rng.nextDouble(-1, 1);
                }
            }
        };
    }
}
