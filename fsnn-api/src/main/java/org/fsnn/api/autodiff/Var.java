// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import org.fsnn.api.tensor.Tensor;

/**
 * A tensor in a differentiable computation: its value and whether gradients flow to it.
 *
 * <p>Constants need no gradient; inputs ({@link #input}) and parameters are leaves that do; every
 * op on a var that needs a gradient, run while a {@link Tape} records, returns a var that needs
 * one too. Ops live in {@link Ops}.
 */
public final class Var {
    private final Tensor value;
    private final boolean requiresGrad;

    Var(Tensor value, boolean requiresGrad) {
        this.value = value;
        this.requiresGrad = requiresGrad;
    }

    /** A value that no gradient flows to. */
    public static Var constant(Tensor value) {
        return new Var(value, false);
    }

    /** A leaf whose gradient is wanted, e.g. the states of a Jacobian or a parameter's value. */
    public static Var input(Tensor value) {
        return new Var(value, true);
    }

    /** The value. */
    public Tensor value() {
        return value;
    }

    /** Whether gradients flow to this var. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    @Override
    public String toString() {
        return "Var" + value.shape() + (requiresGrad ? " (grad)" : "");
    }
}
