// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;

/**
 * An example of a user's system plugin, written only against fsnn-api: x' = −ε x, y' = −(y − c x),
 * whose slow manifold y = c x / (1 − ε) is exactly invariant. Its provider is the nested
 * {@link Provider}, listed in {@code META-INF/services/org.fsnn.api.system.SystemProvider}.
 */
public record LinearFastSlowExample(Params params) implements DynamicalSystem {

    /** The provider, found through META-INF/services. */
    public static final class Provider implements SystemProvider {

        /** The constructor ServiceLoader calls. */
        public Provider() {}

        @Override
        public String name() {
            return "linear-fast-slow-example";
        }

        @Override
        public String description() {
            return "x' = -eps x, y' = -(y - c x): a linear fast-slow example";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec(EPSILON, 0.01, 0, 0.5, "slow rate"),
                    new ParameterSpec("c", 1, -10, 10, "slope of the critical manifold"));
        }

        @Override
        public DynamicalSystem create(Params params) {
            return new LinearFastSlowExample(params);
        }
    }

    private double eps() {
        return params.get(EPSILON);
    }

    private double slope() {
        return params.get("c");
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void rhs(double t, double[] z, double[] dzdt) {
        dzdt[0] = -eps() * z[0];
        dzdt[1] = -(z[1] - slope() * z[0]);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] z, double[] jac) {
        jac[0] = -eps();
        jac[1] = 0;
        jac[2] = slope();
        jac[3] = -1;
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(1, 1));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.real(-1));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.real(-eps()));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new SlowManifold() {
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
                z[1] = slope() * x[0] / (1 - eps());
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[i] = rng.nextDouble(-1, 1);
                }
            }
        });
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < 2 * count; i++) {
            out[i] = rng.nextDouble(-1, 1);
        }
    }
}
