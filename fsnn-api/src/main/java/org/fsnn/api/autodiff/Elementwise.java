// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Tensor;

/**
 * Elementwise ops: scalar functions, whose backward is the backend's {@code mapGrad}, and the
 * four arithmetic operators with NumPy broadcasting, whose backward sums each gradient back to
 * its input's shape ({@link Backend#sumTo}).
 */
final class Elementwise {
    private Elementwise() {}

    /**
     * y = op(x; p, q); x̄ = ȳ · op′(x; p, q). For exp, tanh and the logistic function the slope is
     * formed from y (y, 1 − y², y·(1 − y)) with the same operations, and so the same bits, as
     * {@link UnaryOp#derivative}, instead of evaluating the function again.
     */
    static Var map(UnaryOp op, Var x, double p, double q) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        Tensor y = be.map(op, xv, p, q);
        Backward backward = switch (op) {
            case EXP -> g -> new Tensor[] {be.zip(BinaryOp.MUL, g, y)};
            case TANH -> g -> new Tensor[] {be.zip(BinaryOp.MUL, g, be.map(UnaryOp.AFFINE, be.map(UnaryOp.SQUARE, y, 0, 0), -1, 1))};
            case SIGMOID -> g -> new Tensor[] {be.zip(BinaryOp.MUL, g, be.zip(BinaryOp.MUL, y, be.map(UnaryOp.AFFINE, y, -1, 1)))};
            default -> g -> new Tensor[] {be.mapGrad(op, xv, g, p, q)};
        };
        return Tape.record(y, backward, x);
    }

    /** y = a + b; ā = Σ ȳ, b̄ = Σ ȳ over the broadcast axes. */
    static Var add(Var a, Var b) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Backend be = av.backend();
        return Tape.record(be.zip(BinaryOp.ADD, av, bv), g -> new Tensor[] {
            a.requiresGrad() ? be.sumTo(g, av.shape()) : null,
            b.requiresGrad() ? be.sumTo(g, bv.shape()) : null}, a, b);
    }

    /** y = a − b; ā = Σ ȳ, b̄ = −Σ ȳ. */
    static Var sub(Var a, Var b) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Backend be = av.backend();
        return Tape.record(be.zip(BinaryOp.SUB, av, bv), g -> new Tensor[] {
            a.requiresGrad() ? be.sumTo(g, av.shape()) : null,
            b.requiresGrad() ? be.map(UnaryOp.NEG, be.sumTo(g, bv.shape()), 0, 0) : null}, a, b);
    }

    /** y = a · b; ā = Σ ȳ·b, b̄ = Σ ȳ·a. */
    static Var mul(Var a, Var b) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Backend be = av.backend();
        return Tape.record(be.zip(BinaryOp.MUL, av, bv), g -> new Tensor[] {
            a.requiresGrad() ? be.sumTo(be.zip(BinaryOp.MUL, g, bv), av.shape()) : null,
            b.requiresGrad() ? be.sumTo(be.zip(BinaryOp.MUL, g, av), bv.shape()) : null}, a, b);
    }

    /** y = a / b; ā = Σ ȳ/b, b̄ = −Σ ȳ·y/b. */
    static Var div(Var a, Var b) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Backend be = av.backend();
        Tensor y = be.zip(BinaryOp.DIV, av, bv);
        return Tape.record(y, g -> new Tensor[] {
            a.requiresGrad() ? be.sumTo(be.zip(BinaryOp.DIV, g, bv), av.shape()) : null,
            b.requiresGrad()
                    ? be.map(UnaryOp.NEG, be.sumTo(be.zip(BinaryOp.DIV, be.zip(BinaryOp.MUL, g, y), bv), bv.shape()), 0, 0)
                    : null}, a, b);
    }
}
