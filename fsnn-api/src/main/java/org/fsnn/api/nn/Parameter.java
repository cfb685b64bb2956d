// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * A trainable tensor: its current value, which an optimizer replaces with {@link #set}, and the
 * gradient accumulated by {@link Tape#backward} since the last {@link #zeroGrad}.
 *
 * <p>Not thread-safe: a model is trained by one thread at a time.
 */
public final class Parameter {
    private final String name;
    private Tensor value;
    private Tensor grad;
    private Var var;

    /**
     * @param name the name within its module, for messages
     * @param value the initial value
     */
    public Parameter(String name, Tensor value) {
        this.name = name;
        this.value = value;
    }

    /** The name within its module. */
    public String name() {
        return name;
    }

    /** The current value. */
    public Tensor value() {
        return value;
    }

    /** The shape, fixed for the parameter's life. */
    public Shape shape() {
        return value.shape();
    }

    /**
     * Replaces the value.
     *
     * @throws IllegalArgumentException if the shape differs
     */
    public void set(Tensor newValue) {
        if (!newValue.shape().equals(value.shape())) {
            throw new IllegalArgumentException("parameter '" + name + "': new value of shape " + newValue.shape()
                    + " must have shape " + value.shape());
        }
        value = newValue;
        var = null;
    }

    /**
     * The current value as a leaf of the computation, the same var until the value changes;
     * {@link Tape#backward} adds its gradient to {@link #grad()}.
     */
    public Var var() {
        if (var == null) {
            var = Var.leaf(value, this::accumulate);
        }
        return var;
    }

    /** The accumulated gradient: zeros when nothing has been accumulated since the last reset. */
    public Tensor grad() {
        return grad != null ? grad : value.backend().fill(value.shape(), 0);
    }

    /** Forgets the accumulated gradient. */
    public void zeroGrad() {
        grad = null;
    }

    private void accumulate(Tensor g) {
        grad = grad == null ? g : grad.backend().zip(BinaryOp.ADD, grad, g);
    }

    @Override
    public String toString() {
        return "Parameter " + name + value.shape();
    }
}
