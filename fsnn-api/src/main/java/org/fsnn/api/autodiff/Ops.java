// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.List;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.UnaryOp;

/**
 * Every differentiable op, in one place. Each runs one {@link org.fsnn.api.backend.Backend}
 * kernel on its inputs' backend and, while a {@link Tape} records, records its backward.
 *
 * <p>Shapes follow the kernels: binary ops broadcast as NumPy does; reductions keep the reduced
 * axis with size 1; matrix ops take a matrix {@code [m, k]} or a batch {@code [b, m, k]}; layout
 * ops act on the last axis (the features) or on axis 0 (the batch). Bad shapes fail with an
 * {@link IllegalArgumentException} naming the op and the shapes.
 */
public final class Ops {
    private Ops() {}

    // ---- arithmetic with broadcasting -----------------------------------------------------

    /** a + b, broadcast. */
    public static Var add(Var a, Var b) {
        return Elementwise.add(a, b);
    }

    /** a − b, broadcast. */
    public static Var sub(Var a, Var b) {
        return Elementwise.sub(a, b);
    }

    /** a · b elementwise, broadcast. */
    public static Var mul(Var a, Var b) {
        return Elementwise.mul(a, b);
    }

    /** a / b elementwise, broadcast. */
    public static Var div(Var a, Var b) {
        return Elementwise.div(a, b);
    }

    /** scale · x + shift. */
    public static Var affine(Var x, double scale, double shift) {
        return map(UnaryOp.AFFINE, x, scale, shift);
    }

    /** x + c. */
    public static Var add(Var x, double c) {
        return affine(x, 1, c);
    }

    /** x − c. */
    public static Var sub(Var x, double c) {
        return affine(x, 1, -c);
    }

    /** c − x. */
    public static Var sub(double c, Var x) {
        return affine(x, -1, c);
    }

    /** c · x. */
    public static Var mul(Var x, double c) {
        return affine(x, c, 0);
    }

    /** x / c. */
    public static Var div(Var x, double c) {
        return affine(x, 1 / c, 0);
    }

    /** −x. */
    public static Var neg(Var x) {
        return map(UnaryOp.NEG, x, 0, 0);
    }

    // ---- elementwise functions --------------------------------------------------------------

    /** {@code op(x; p, q)} elementwise, for any {@link UnaryOp}. */
    public static Var map(UnaryOp op, Var x, double p, double q) {
        return Elementwise.map(op, x, p, q);
    }

    /** x². */
    public static Var square(Var x) {
        return map(UnaryOp.SQUARE, x, 0, 0);
    }

    /** √x. */
    public static Var sqrt(Var x) {
        return map(UnaryOp.SQRT, x, 0, 0);
    }

    /** eˣ. */
    public static Var exp(Var x) {
        return map(UnaryOp.EXP, x, 0, 0);
    }

    /** ln x. */
    public static Var log(Var x) {
        return map(UnaryOp.LOG, x, 0, 0);
    }

    /** tanh x. */
    public static Var tanh(Var x) {
        return map(UnaryOp.TANH, x, 0, 0);
    }

    /** The logistic function 1 / (1 + e⁻ˣ). */
    public static Var sigmoid(Var x) {
        return map(UnaryOp.SIGMOID, x, 0, 0);
    }

    /** x·σ(x). */
    public static Var silu(Var x) {
        return map(UnaryOp.SILU, x, 0, 0);
    }

    /** ln(1 + eˣ). */
    public static Var softplus(Var x) {
        return map(UnaryOp.SOFTPLUS, x, 0, 0);
    }

    /** max(x, 0); the derivative at 0 is taken as 0. */
    public static Var relu(Var x) {
        return map(UnaryOp.RELU, x, 0, 0);
    }

    /** sin x. */
    public static Var sin(Var x) {
        return map(UnaryOp.SIN, x, 0, 0);
    }

    /** cos x. */
    public static Var cos(Var x) {
        return map(UnaryOp.COS, x, 0, 0);
    }

    /** sinh x. */
    public static Var sinh(Var x) {
        return map(UnaryOp.SINH, x, 0, 0);
    }

    /** cosh x. */
    public static Var cosh(Var x) {
        return map(UnaryOp.COSH, x, 0, 0);
    }

    /** asinh x. */
    public static Var asinh(Var x) {
        return map(UnaryOp.ASINH, x, 0, 0);
    }

    /** |x|; the derivative at 0 is taken as 0. */
    public static Var abs(Var x) {
        return map(UnaryOp.ABS, x, 0, 0);
    }

    /** xᵖ for a constant exponent. */
    public static Var pow(Var x, double p) {
        if (!Double.isFinite(p)) {
            throw new IllegalArgumentException("pow: exponent must be finite, got " + p);
        }
        return map(UnaryOp.POW, x, p, 0);
    }

    /** min(max(x, lo), hi); the gradient is 1 strictly between the bounds and 0 outside. */
    public static Var clamp(Var x, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("clamp: lower bound " + lo + " must not exceed upper bound " + hi);
        }
        return map(UnaryOp.CLAMP, x, lo, hi);
    }

    // ---- reductions -------------------------------------------------------------------------

    /** The sum of every element, shape {@code [1]}. */
    public static Var sum(Var x) {
        return Reductions.all(x, false);
    }

    /** The sum along one axis, kept with size 1; negative axes count from the end. */
    public static Var sum(Var x, int axis) {
        return Reductions.along(x, axis, false);
    }

    /** The mean of every element, shape {@code [1]}. */
    public static Var mean(Var x) {
        return Reductions.all(x, true);
    }

    /** The mean along one axis, kept with size 1; negative axes count from the end. */
    public static Var mean(Var x, int axis) {
        return Reductions.along(x, axis, true);
    }

    // ---- linear algebra ---------------------------------------------------------------------

    /** a · b for matrices or batches of matrices; a matrix is shared by the other's batch. */
    public static Var matmul(Var a, Var b) {
        return matmul(a, b, false, false);
    }

    /** op(a) · op(b), where op transposes the last two axes when asked. */
    public static Var matmul(Var a, Var b, boolean transA, boolean transB) {
        return LinearAlgebra.matmul(a, b, transA, transB);
    }

    /** a · x per sample: {@code a [m, k]} (shared) or {@code [b, m, k]}, {@code x [b, k]} → {@code [b, m]}. */
    public static Var matvec(Var a, Var x) {
        return matvec(a, x, false);
    }

    /** op(a) · x per sample, where op transposes when asked. */
    public static Var matvec(Var a, Var x, boolean transA) {
        return LinearAlgebra.matvec(a, x, transA);
    }

    /**
     * The matrix exponential of a square matrix or a batch, with the exact gradient (the adjoint
     * Fréchet derivative).
     */
    public static Var expm(Var a) {
        return LinearAlgebra.expm(a);
    }

    /**
     * Solves {@code U y = r} per sample for an upper-triangular {@code U} ({@code [n, n]} shared
     * or {@code [b, n, n]}) and {@code r [b, n]}. Entries below the diagonal are never read and
     * get zero gradient.
     */
    public static Var solveUpperTriangular(Var u, Var r) {
        return Solves.solveUpperTriangular(u, r, false);
    }

    /** Solves {@code Uᵀ y = r} per sample; see {@link #solveUpperTriangular(Var, Var)}. */
    public static Var solveUpperTriangularTransposed(Var u, Var r) {
        return Solves.solveUpperTriangular(u, r, true);
    }

    /**
     * Solves {@code T y = r} per sample for a block upper-triangular {@code T} with the given
     * diagonal blocks. Entries below the diagonal blocks are never read and get zero gradient.
     */
    public static Var solveBlockUpper(Var t, Var r, BlockLayout layout) {
        return solveBlockUpper(t, r, layout, false);
    }

    /** Solves {@code op(T) y = r}; see {@link #solveBlockUpper(Var, Var, BlockLayout)}. */
    public static Var solveBlockUpper(Var t, Var r, BlockLayout layout, boolean transpose) {
        return Solves.solveBlockUpper(t, r, layout, transpose);
    }

    // ---- layout -----------------------------------------------------------------------------

    /** Joins along the last axis. */
    public static Var concat(List<Var> parts) {
        return Layout.concat(parts);
    }

    /** Joins along the last axis. */
    public static Var concat(Var... parts) {
        return Layout.concat(List.of(parts));
    }

    /** Columns {@code [from, to)} of the last axis. */
    public static Var slice(Var x, int from, int to) {
        return Layout.slice(x, from, to);
    }

    /** The same elements seen with other dimensions of the same total size. */
    public static Var reshape(Var x, int... dims) {
        return Layout.reshape(x, dims);
    }

    /** Swaps the last two axes. */
    public static Var transpose(Var x) {
        return Layout.transpose(x);
    }

    /** {@code y[..., j] = x[..., index[j]]}, or 0 where {@code index[j] < 0}. */
    public static Var gatherLast(Var x, int[] index) {
        return Layout.gatherLast(x, index);
    }

    /** {@code y[..., index[j]] += x[..., j]} for {@code index[j] >= 0}, into a last axis of size {@code width}. */
    public static Var scatterAddLast(Var x, int[] index, int width) {
        return Layout.scatterAddLast(x, index, width);
    }

    /** {@code y[i] = x[rows[i]]} along axis 0. */
    public static Var gatherRows(Var x, int[] rows) {
        return Layout.gatherRows(x, rows);
    }

    /** {@code y[rows[i]] += x[i]} along axis 0, into {@code count} rows. */
    public static Var scatterAddRows(Var x, int[] rows, int count) {
        return Layout.scatterAddRows(x, rows, count);
    }
}
