// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.List;
import java.util.Map;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.testkit.GradientCheck;

/** Small FastSlowNetwork configurations for tests. */
final class Networks {
    private Networks() {}

    /** A network with N_x, N_y given, one-hidden-layer nets of width {@code width}, rank 2, flow depth 1. */
    static ConfigNode config(int slowDim, int fastDim, int width) {
        Map<String, Object> net = Map.of("hidden", List.of(width));
        return ConfigNode.of(Map.of(
                "slowDim", slowDim,
                "fastDim", fastDim,
                "flow", Map.of("depth", 1, "hidden", List.of(width), "lipschitz", 2),
                "schur", net,
                "bilinear", Map.of("rank", 2, "hidden", List.of(width)),
                "linear", net,
                "slow", net));
    }

    static FastSlowNetwork build(int slowDim, int fastDim, int width, long seed) {
        return new FastSlowNetwork(config(slowDim, fastDim, width), GradientCheck.BACKEND, Init.generator(seed));
    }
}
