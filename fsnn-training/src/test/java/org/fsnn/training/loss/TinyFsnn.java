// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;

/** The smallest useful fast–slow network for tests: N_x = N_y = 1, hidden width 4. */
public final class TinyFsnn {
    private TinyFsnn() {}

    /** A seeded network on the reference backend. */
    public static FastSlowNetwork network(long seed) {
        return network(seed, Backends.reference());
    }

    /** A seeded network on {@code backend}: the same parameters on every backend. */
    public static FastSlowNetwork network(long seed, Backend backend) {
        Map<String, Object> small = Map.of("hidden", List.of(4));
        return new FastSlowNetwork(ConfigNode.of(Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(4), "lipschitz", 2), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(4)), "linear", small, "slow", small)),
                backend, Init.generator(seed));
    }
}
