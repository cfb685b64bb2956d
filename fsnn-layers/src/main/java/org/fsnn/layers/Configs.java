// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.spi.ConfigNode;

/** Helpers shared by the layer providers' config parsing. */
final class Configs {
    private Configs() {}

    /** Fails on any key of {@code node} outside {@code own} and the network keys of {@link MlpSpec#KEYS}. */
    static void requireOnlyWithNetwork(ConfigNode node, String... own) {
        List<String> allowed = new ArrayList<>(List.of(own));
        allowed.addAll(MlpSpec.KEYS);
        node.requireOnly(allowed.toArray(String[]::new));
    }

    /** A required integer of at least {@code min}. */
    static int atLeast(ConfigNode node, String key, int min) {
        int v = node.getInt(key);
        return checkAtLeast(node, key, v, min);
    }

    /** An optional integer of at least {@code min}. */
    static int atLeast(ConfigNode node, String key, int min, int fallback) {
        int v = node.getInt(key, fallback);
        return checkAtLeast(node, key, v, min);
    }

    private static int checkAtLeast(ConfigNode node, String key, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(node.path() + "." + key + ": must be >= " + min + ", got " + v);
        }
        return v;
    }
}
