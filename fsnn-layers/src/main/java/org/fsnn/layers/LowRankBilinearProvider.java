// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code low-rank-bilinear}: a {@link LowRankBilinear} form on the input (x, y). Config:
 * {@code fastDim} (N_y, required; N_x is the rest of the input), {@code rank} (R, default 1) and
 * the network keys of {@link MlpSpec}.
 */
public final class LowRankBilinearProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public LowRankBilinearProvider() {}

    @Override
    public String name() {
        return "low-rank-bilinear";
    }

    @Override
    public String description() {
        return "quadratic form sum_r (C_r y) * (D_r y) with C_r, D_r from a network of (x, y, context)";
    }

    @Override
    public LowRankBilinear create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        Configs.requireOnlyWithNetwork(config, "fastDim", "rank");
        int fastDim = Configs.atLeast(config, "fastDim", 1);
        if (fastDim > inputDim) {
            throw new IllegalArgumentException(config.path() + ".fastDim: " + fastDim + " exceeds the input size " + inputDim);
        }
        int rank = Configs.atLeast(config, "rank", 1, 1);
        return new LowRankBilinear(backend, inputDim - fastDim, fastDim, contextDim, rank, MlpSpec.parse(config), rng);
    }
}
