// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.List;
import org.fsnn.api.spi.ConfigNode;

/**
 * The shape of a feed-forward network apart from its input and output sizes, as read from a
 * config: {@code hidden} (widths, default {@code [10]}), {@code activation} (default
 * {@code tanh}), {@code outputActivation} (default {@code identity}) and {@code blat} (when true,
 * every weight matrix is a {@link Blat} with constant {@code blatLipschitz}, default 2).
 *
 * @param hidden the hidden widths, possibly empty
 * @param activation after every hidden layer
 * @param outputActivation after the last layer
 * @param blatLipschitz L of the bLAT weight matrices, or 0 for unconstrained dense layers
 */
public record MlpSpec(List<Integer> hidden, Activation activation, Activation outputActivation, double blatLipschitz) {
    /** The config keys this spec reads. */
    public static final List<String> KEYS = List.of("hidden", "activation", "outputActivation", "blat", "blatLipschitz");

    /** Validates and copies. */
    public MlpSpec {
        hidden = List.copyOf(hidden);
        for (int w : hidden) {
            if (w < 1) {
                throw new IllegalArgumentException("mlp: hidden widths must be positive, got " + hidden);
            }
        }
        if (blatLipschitz != 0) {
            Lipschitz.check(blatLipschitz, "mlp");
        }
    }

    /** A tanh network with the given hidden widths and unconstrained weights. */
    public static MlpSpec tanh(Integer... hidden) {
        return new MlpSpec(List.of(hidden), Activation.TANH, Activation.IDENTITY, 0);
    }

    /** Reads the keys of {@link #KEYS} from a config node, which may hold other keys too. */
    public static MlpSpec parse(ConfigNode node) {
        List<Integer> hidden = node.getIntList("hidden", List.of(10));
        for (int w : hidden) {
            if (w < 1) {
                throw new IllegalArgumentException(node.path() + ".hidden: widths must be positive, got " + hidden);
            }
        }
        Activation act = Activation.parse(node.getString("activation", "tanh"), node.path() + ".activation");
        Activation outAct = Activation.parse(node.getString("outputActivation", "identity"), node.path() + ".outputActivation");
        double l = 0;
        if (node.getBoolean("blat", false)) {
            l = Lipschitz.check(node.getDouble("blatLipschitz", 2), node.path() + ".blatLipschitz");
        } else if (node.has("blatLipschitz")) {
            throw new IllegalArgumentException(node.path() + ".blatLipschitz: only meaningful with \"blat\": true");
        }
        return new MlpSpec(hidden, act, outAct, l);
    }
}
