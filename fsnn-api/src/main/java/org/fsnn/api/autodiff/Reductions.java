// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * Sums and means, of the whole tensor (a one-element result of shape {@code [1]}) or along one
 * axis (kept with size 1). The backward spreads the output gradient evenly back over the
 * reduced elements: weight 1 for a sum, 1/count for a mean.
 */
final class Reductions {
    private Reductions() {}

    /** y = Σ x, or the mean when {@code mean}; shape {@code [1]}. */
    static Var all(Var x, boolean mean) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        Tensor y = be.reduce(mean ? ReduceOp.MEAN : ReduceOp.SUM, xv.reshape(xv.size()), 0);
        double weight = mean ? 1.0 / xv.size() : 1.0;
        return Tape.record(y, g -> new Tensor[] {spread(be, g, xv.shape(), weight)}, x);
    }

    /** y = Σ x along {@code axis}, or the mean when {@code mean}; the axis is kept with size 1. */
    static Var along(Var x, int axis, boolean mean) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        Tensor y = be.reduce(mean ? ReduceOp.MEAN : ReduceOp.SUM, xv, axis);
        double weight = mean ? 1.0 / xv.dim(axis) : 1.0;
        return Tape.record(y, g -> new Tensor[] {spread(be, g, xv.shape(), weight)}, x);
    }

    /** {@code weight · g} broadcast to {@code shape}. */
    private static Tensor spread(Backend be, Tensor g, Shape shape, double weight) {
        return be.zip(BinaryOp.MUL, be.fill(shape, weight), g);
    }
}
