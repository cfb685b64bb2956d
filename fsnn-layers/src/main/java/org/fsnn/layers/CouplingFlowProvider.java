// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code coupling-flow}: a {@link CouplingFlow}. Config: {@code depth} (K, default 1),
 * {@code split} (default ⌊M/2⌋), {@code lipschitz} (L, default 2) and the network keys of
 * {@link MlpSpec} for the coupling networks.
 */
public final class CouplingFlowProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public CouplingFlowProvider() {}

    @Override
    public String name() {
        return "coupling-flow";
    }

    @Override
    public String description() {
        return "invertible flow of alternating bLAT and affine coupling layers";
    }

    @Override
    public CouplingFlow create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        Configs.requireOnlyWithNetwork(config, "depth", "split", "lipschitz");
        int depth = Configs.atLeast(config, "depth", 1, 1);
        int split = AffineCouplingProvider.split(config, inputDim);
        double l = Lipschitz.check(config.getDouble("lipschitz", 2), config.path() + ".lipschitz");
        return new CouplingFlow(backend, inputDim, contextDim, depth, l, split, MlpSpec.parse(config), rng);
    }
}
