// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;

/** Two tiny systems for the command tests: linear decay, and a blow-up no solver survives. */
final class TestSystems {

    private TestSystems() {
    }

    static Registry<SystemProvider> registry() {
        return new Registry<>(SystemProvider.class, List.of(new Decay(), new BlowUp()));
    }

    /** dz/dt = -rate z in two dimensions: z(t) = z0 e^{-rate t}. */
    static final class Decay implements SystemProvider {
        @Override
        public String name() {
            return "decay";
        }

        @Override
        public String description() {
            return "linear decay";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("rate", 1, 0.1, 10, "decay rate"));
        }

        @Override
        public DynamicalSystem create(Params params) {
            double rate = params.get("rate");
            return new Simple(params) {
                @Override
                public void rhs(double t, double[] z, double[] dzdt) {
                    dzdt[0] = -rate * z[0];
                    dzdt[1] = -rate * z[1];
                }
            };
        }
    }

    /** dz/dt = z², which blows up at t = 1/z0. */
    static final class BlowUp implements SystemProvider {
        @Override
        public String name() {
            return "blow-up";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public DynamicalSystem create(Params params) {
            return new Simple(params) {
                @Override
                public void rhs(double t, double[] z, double[] dzdt) {
                    dzdt[0] = z[0] * z[0];
                    dzdt[1] = z[1] * z[1];
                }
            };
        }
    }

    private abstract static class Simple implements DynamicalSystem {
        private final Params params;

        Simple(Params params) {
            this.params = params;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Params params() {
            return params;
        }

        @Override
        public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
            for (int i = 0; i < 2 * count; i++) {
                out[i] = rng.nextDouble(0.5, 1.5);
            }
        }
    }
}
