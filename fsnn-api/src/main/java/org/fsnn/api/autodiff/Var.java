// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.function.Consumer;
import org.fsnn.api.tensor.Tensor;

/**
 * A tensor in a differentiable computation: its value and whether gradients flow to it.
 *
 * <p>Constants need no gradient; inputs ({@link #input}) and parameters ({@link #leaf}) are
 * leaves that do; every op on a var that needs a gradient, run while a {@link Tape} records,
 * returns a var that needs one too. Ops live in {@link Ops}; the few instance methods here are
 * shortcuts to it.
 */
public final class Var {
    private final Tensor value;
    private final boolean requiresGrad;
    private final Consumer<Tensor> gradientSink;

    Var(Tensor value, boolean requiresGrad) {
        this(value, requiresGrad, null);
    }

    private Var(Tensor value, boolean requiresGrad, Consumer<Tensor> gradientSink) {
        this.value = value;
        this.requiresGrad = requiresGrad;
        this.gradientSink = gradientSink;
    }

    /** A value that no gradient flows to. */
    public static Var constant(Tensor value) {
        return new Var(value, false);
    }

    /** A leaf whose gradient is wanted, e.g. the states of a Jacobian. */
    public static Var input(Tensor value) {
        return new Var(value, true);
    }

    /**
     * A leaf whose gradient {@link Tape#backward} hands to {@code gradientSink}: how a trainable
     * parameter collects its gradient.
     */
    public static Var leaf(Tensor value, Consumer<Tensor> gradientSink) {
        if (gradientSink == null) {
            throw new IllegalArgumentException("Var.leaf: gradientSink must not be null");
        }
        return new Var(value, true, gradientSink);
    }

    /** The value. */
    public Tensor value() {
        return value;
    }

    /** Whether gradients flow to this var. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Where {@link Tape#backward} delivers this leaf's gradient; null for all other vars. */
    Consumer<Tensor> gradientSink() {
        return gradientSink;
    }

    /** {@link Ops#add(Var, Var)}. */
    public Var add(Var other) {
        return Ops.add(this, other);
    }

    /** {@link Ops#sub(Var, Var)}. */
    public Var sub(Var other) {
        return Ops.sub(this, other);
    }

    /** {@link Ops#mul(Var, Var)}. */
    public Var mul(Var other) {
        return Ops.mul(this, other);
    }

    /** {@link Ops#mul(Var, double)}. */
    public Var mul(double c) {
        return Ops.mul(this, c);
    }

    /** {@link Ops#div(Var, Var)}. */
    public Var div(Var other) {
        return Ops.div(this, other);
    }

    /** {@link Ops#matmul(Var, Var)}. */
    public Var matmul(Var other) {
        return Ops.matmul(this, other);
    }

    @Override
    public String toString() {
        return "Var" + value.shape() + (requiresGrad ? " (grad)" : "");
    }
}
