// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code affine-coupling}: an {@link AffineCoupling} layer. Config: {@code split} (d, default
 * ⌊M/2⌋), {@code lipschitz} (L of the scales, default 2) and the network keys of {@link MlpSpec}
 * for F, B, G, C.
 */
public final class AffineCouplingProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public AffineCouplingProvider() {}

    @Override
    public String name() {
        return "affine-coupling";
    }

    @Override
    public String description() {
        return "invertible affine coupling layer with scales in [1/L, L], conditioned on the context";
    }

    @Override
    public AffineCoupling create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        Configs.requireOnlyWithNetwork(config, "split", "lipschitz");
        int split = split(config, inputDim);
        double l = Lipschitz.check(config.getDouble("lipschitz", 2), config.path() + ".lipschitz");
        return new AffineCoupling(backend, inputDim, split, contextDim, l, MlpSpec.parse(config), rng);
    }

    /** The {@code split} key, checked against the input size. */
    static int split(ConfigNode config, int inputDim) {
        if (inputDim < 2) {
            throw new IllegalArgumentException(config.path() + ": a coupling layer needs an input size >= 2, got " + inputDim);
        }
        int split = config.getInt("split", AffineCoupling.defaultSplit(inputDim));
        if (split < 1 || split >= inputDim) {
            throw new IllegalArgumentException(config.path() + ".split: must lie in [1, " + (inputDim - 1) + "], got " + split);
        }
        return split;
    }
}
