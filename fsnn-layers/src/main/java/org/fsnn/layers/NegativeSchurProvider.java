// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.spi.ConfigNode;

/**
 * {@code negative-schur}: a {@link NegativeSchur} network of x (the input) and the context.
 * Config: {@code fastDim} (N_y, required), {@code margin} (δ, default 0.1), {@code angleMargin}
 * (κ, default 0.1) and the network keys of {@link MlpSpec}.
 */
public final class NegativeSchurProvider implements LayerProvider {
    /** For {@link java.util.ServiceLoader}. */
    public NegativeSchurProvider() {}

    @Override
    public String name() {
        return "negative-schur";
    }

    @Override
    public String description() {
        return "block upper-triangular T(x) whose eigenvalues have real parts below a margin";
    }

    @Override
    public NegativeSchur create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng) {
        Configs.requireOnlyWithNetwork(config, "fastDim", "margin", "angleMargin");
        int fastDim = Configs.atLeast(config, "fastDim", 1);
        double margin = config.getDouble("margin", 0.1);
        double angle = config.getDouble("angleMargin", 0.1);
        if (!(margin > 0)) {
            throw new IllegalArgumentException(config.path() + ".margin: must be > 0, got " + margin);
        }
        if (!(angle > 0 && angle < 1)) {
            throw new IllegalArgumentException(config.path() + ".angleMargin: must lie in (0, 1), got " + angle);
        }
        return new NegativeSchur(backend, inputDim, contextDim, fastDim, margin, angle, MlpSpec.parse(config), rng);
    }
}
