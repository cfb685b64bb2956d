// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;

/** The elementwise activations a feed-forward network can use, by their config names. */
public enum Activation {
    /** tanh x. */
    TANH(Ops::tanh),
    /** x·σ(x). */
    SILU(Ops::silu),
    /** max(x, 0). */
    RELU(Ops::relu),
    /** ln(1 + eˣ). */
    SOFTPLUS(Ops::softplus),
    /** 1 / (1 + e⁻ˣ). */
    SIGMOID(Ops::sigmoid),
    /** x. */
    IDENTITY(x -> x);

    private final UnaryOperator<Var> function;

    Activation(UnaryOperator<Var> function) {
        this.function = function;
    }

    /** The activation applied elementwise. */
    public Var apply(Var x) {
        return function.apply(x);
    }

    /** The config name: lower case, e.g. {@code silu}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The activation with this config name.
     *
     * @param where the config path, for the error message
     * @throws IllegalArgumentException naming the unknown value and the known ones
     */
    public static Activation parse(String name, String where) {
        for (Activation a : values()) {
            if (a.configName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException(where + ": unknown activation '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Activation::configName).toList());
    }
}
