// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code blat}: a {@link Blat} layer. Config: {@code outputs} (default: the input size, which
 * makes it invertible) and {@code lipschitz} (L, default 2).
 */
public final class BlatProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public BlatProvider() {}

    @Override
    public String name() {
        return "blat";
    }

    @Override
    public String description() {
        return "bi-Lipschitz affine map U diag(sigma) V^T x + b with sigma in [1/L, L]";
    }

    @Override
    public Blat create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        config.requireOnly("outputs", "lipschitz");
        int outputs = Configs.atLeast(config, "outputs", 1, inputDim);
        double l = Lipschitz.check(config.getDouble("lipschitz", 2), config.path() + ".lipschitz");
        return new Blat(backend, inputDim, outputs, l, rng);
    }
}
