// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.model.RhsModel;

/** Direct right-hand-side samples of Davis–Skodje at one ε, labelled by the system plugin. */
final class DavisSkodjeData {
    static final Backend BE = Backends.reference();

    private DavisSkodjeData() {}

    static DynamicalSystem system(double eps) {
        SystemProvider p = Registry.load(SystemProvider.class).get("davis-skodje");
        return p.create(Params.resolve("davis-skodje", p.parameters(), Map.of("eps", eps)));
    }

    /** States uniform in y ∈ [0, 2], z ∈ [−0.5, 1.5] with their exact derivatives. */
    static RhsBatch samples(int n, double eps, long seed) {
        return samples(BE, n, eps, seed);
    }

    /** The same samples on {@code be}. */
    static RhsBatch samples(Backend be, int n, double eps, long seed) {
        DynamicalSystem ds = system(eps);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] z = new double[2 * n];
        double[] e = new double[n];
        double[] f = new double[2 * n];
        double[] s = new double[2];
        double[] d = new double[2];
        for (int i = 0; i < n; i++) {
            s[0] = 2 * rng.nextDouble();
            s[1] = 2 * rng.nextDouble() - 0.5;
            ds.rhs(0, s, d);
            z[2 * i] = s[0];
            z[2 * i + 1] = s[1];
            f[2 * i] = d[0];
            f[2 * i + 1] = d[1];
            e[i] = eps;
        }
        return new RhsBatch(be.fromArray(z, n, 2), be.fromArray(e, n, 1), be.fromArray(f, n, 2));
    }

    static ConfigNode modelConfig(String transform, List<Integer> hidden) {
        return ConfigNode.of(Map.of("network", Map.of("hidden", hidden), "transform", Map.of("name", transform)));
    }

    static RhsModel model(RhsBatch data, String transform, List<Integer> hidden, long seed) {
        return RhsModel.fit(modelConfig(transform, hidden), data.states(), data.eps(), data.targets(),
                data.states().backend(), Init.generator(seed));
    }
}
