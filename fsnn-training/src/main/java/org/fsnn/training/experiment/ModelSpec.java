// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;

/**
 * The right-hand-side network: an MLP on the normalized (state, ε) (paper eqs. 9–12).
 *
 * @param hidden the widths of the hidden layers
 * @param activation the hidden activation, e.g. {@code silu}
 */
public record ModelSpec(List<Integer> hidden, String activation) {

    /** The paper's network: four hidden layers of width 128 with SiLU. */
    public static final ModelSpec PAPER = new ModelSpec(List.of(128, 128, 128, 128), "silu");

    /** Validates the widths and copies them. */
    public ModelSpec {
        Checks.require(!hidden.isEmpty(), "model.hidden", "must list at least one width");
        for (int i = 0; i < hidden.size(); i++) {
            Checks.atLeast(hidden.get(i), 1, "model.hidden[" + i + "]");
        }
        hidden = List.copyOf(hidden);
        Checks.require(activation != null && !activation.isBlank(), "model.activation", "must not be empty");
    }
}
