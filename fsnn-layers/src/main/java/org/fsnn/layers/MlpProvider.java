// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code mlp}: a feed-forward {@link Mlp}. Config: {@code outputs} (required) and the network
 * keys of {@link MlpSpec}.
 */
public final class MlpProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public MlpProvider() {}

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public String description() {
        return "feed-forward network on (x, context) with configurable widths and activations";
    }

    @Override
    public Mlp create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        Configs.requireOnlyWithNetwork(config, "outputs");
        return new Mlp(backend, inputDim, contextDim, Configs.atLeast(config, "outputs", 1), MlpSpec.parse(config), rng);
    }
}
