// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.Arrays;
import java.util.List;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * The shape rules of every {@link Backend} kernel, shared by all backends so that bad input gets
 * the same message everywhere: the kernel's name and the offending shapes or arguments.
 */
public final class KernelShapes {
    private KernelShapes() {}

    /** Checks that every tensor belongs to {@code backend}. */
    public static void owned(Backend backend, String op, Tensor... tensors) {
        for (Tensor t : tensors) {
            if (t != null && t.backend() != backend) {
                throw new IllegalArgumentException(op + ": tensor " + t.shape() + " belongs to backend '"
                        + t.backend().name() + "', not '" + backend.name() + "'");
            }
        }
    }

    /** The shape of {@code fromArray}: data length must equal the product of dims. */
    public static Shape fromArray(double[] data, int... dims) {
        Shape s = Shape.of(dims);
        if (s.size() != data.length) {
            throw new IllegalArgumentException("fromArray: " + data.length + " values cannot fill shape " + s);
        }
        return s;
    }

    /** Both shapes must be equal. */
    public static Shape same(String op, Tensor a, Tensor b) {
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException(op + ": shapes " + a.shape() + " and " + b.shape() + " must be equal");
        }
        return a.shape();
    }

    /** The kept-axis shape of a reduction. */
    public static Shape reduce(String op, Tensor x, int axis) {
        try {
            return x.shape().with(axis, 1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for shape " + x.shape());
        }
    }

    /** The shape of {@code op(a) · op(b) (+ c)} for matrices. */
    public static Shape gemm(boolean transA, boolean transB, Tensor a, Tensor b, Tensor c) {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new IllegalArgumentException("gemm: needs two matrices, got shapes " + a.shape() + " and " + b.shape());
        }
        int m = transA ? a.dim(1) : a.dim(0);
        int ka = transA ? a.dim(0) : a.dim(1);
        int kb = transB ? b.dim(1) : b.dim(0);
        int n = transB ? b.dim(0) : b.dim(1);
        if (ka != kb) {
            throw new IllegalArgumentException("gemm: inner dimensions differ for shapes " + a.shape() + (transA ? "ᵀ" : "")
                    + " and " + b.shape() + (transB ? "ᵀ" : ""));
        }
        Shape out = Shape.of(m, n);
        if (c != null && !c.shape().equals(out)) {
            throw new IllegalArgumentException("gemm: accumulator shape " + c.shape() + " must be " + out);
        }
        return out;
    }

    /** The shape of a batched {@code op(a) · op(b)}; see {@link Backend#matmul}. */
    public static Shape matmul(Tensor a, Tensor b, boolean transA, boolean transB) {
        if (a.rank() < 2 || b.rank() < 2) {
            throw new IllegalArgumentException("matmul: needs matrices or batches of matrices, got shapes "
                    + a.shape() + " and " + b.shape());
        }
        int m = a.dim(transA ? -1 : -2);
        int ka = a.dim(transA ? -2 : -1);
        int kb = b.dim(transB ? -1 : -2);
        int n = b.dim(transB ? -2 : -1);
        if (ka != kb) {
            throw new IllegalArgumentException("matmul: inner dimensions differ for shapes " + a.shape()
                    + (transA ? "ᵀ" : "") + " and " + b.shape() + (transB ? "ᵀ" : ""));
        }
        if (a.rank() == 3 && b.rank() == 3 && a.dim(0) != b.dim(0)) {
            throw new IllegalArgumentException("matmul: batch sizes differ for shapes " + a.shape() + " and " + b.shape());
        }
        if (a.rank() == 2 && b.rank() == 2) {
            return Shape.of(m, n);
        }
        return Shape.of(a.rank() == 3 ? a.dim(0) : b.dim(0), m, n);
    }

    /** The shape of a batched {@code op(a) · x}; see {@link Backend#matvec}. */
    public static Shape matvec(Tensor a, Tensor x, boolean transA) {
        if (a.rank() < 2 || x.rank() != 2) {
            throw new IllegalArgumentException("matvec: needs a matrix or batch of matrices and a batch of vectors, got shapes "
                    + a.shape() + " and " + x.shape());
        }
        int m = a.dim(transA ? -1 : -2);
        int k = a.dim(transA ? -2 : -1);
        if (k != x.dim(1) || (a.rank() == 3 && a.dim(0) != x.dim(0))) {
            throw new IllegalArgumentException("matvec: shapes " + a.shape() + (transA ? "ᵀ" : "") + " and "
                    + x.shape() + " do not match");
        }
        return Shape.of(x.dim(0), m);
    }

    /** The shape with the last two axes swapped. */
    public static Shape transpose(Tensor x) {
        if (x.rank() < 2) {
            throw new IllegalArgumentException("transpose: needs a matrix or a batch of matrices, got shape " + x.shape());
        }
        int[] d = x.shape().dims();
        int t = d[d.length - 1];
        d[d.length - 1] = d[d.length - 2];
        d[d.length - 2] = t;
        return Shape.of(d);
    }

    /** Checks for a square matrix or batch of square matrices. */
    public static Shape square(String op, Tensor a) {
        if (a.rank() < 2 || a.dim(-1) != a.dim(-2)) {
            throw new IllegalArgumentException(op + ": needs a square matrix or a batch of them, got shape " + a.shape());
        }
        return a.shape();
    }

    /** The shape of a block upper-triangular solve; see {@link Backend#solveBlockUpper}. */
    public static Shape solveBlockUpper(Tensor t, Tensor r, BlockLayout layout) {
        square("solveBlockUpper", t);
        int n = t.dim(-1);
        if (layout.order() != n) {
            throw new IllegalArgumentException("solveBlockUpper: layout " + layout + " has order " + layout.order()
                    + " but the matrix shape is " + t.shape());
        }
        if (r.rank() != 2 || r.dim(1) != n || (t.rank() == 3 && t.dim(0) != r.dim(0))) {
            throw new IllegalArgumentException("solveBlockUpper: right-hand side shape " + r.shape()
                    + " does not match matrix shape " + t.shape());
        }
        return r.shape();
    }

    /** The shape of columns {@code [from, to)} of the last axis. */
    public static Shape slice(Tensor x, int from, int to) {
        if (from < 0 || to > x.dim(-1) || from >= to) {
            throw new IllegalArgumentException("slice: columns [" + from + ", " + to + ") are not a non-empty range of shape "
                    + x.shape());
        }
        return x.shape().with(-1, to - from);
    }

    /** The shape of the concatenation along the last axis. */
    public static Shape concat(List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat: needs at least one tensor");
        }
        Shape first = parts.get(0).shape();
        int width = 0;
        for (Tensor p : parts) {
            if (p.rank() != first.rank() || !p.shape().with(-1, 1).equals(first.with(-1, 1))) {
                throw new IllegalArgumentException("concat: shapes " + first + " and " + p.shape()
                        + " differ outside the last axis");
            }
            width += p.dim(-1);
        }
        return first.with(-1, width);
    }

    /** The shape of a gather along the last axis. */
    public static Shape gatherLast(Tensor x, int[] index) {
        int w = x.dim(-1);
        for (int i : index) {
            if (i >= w) {
                throw new IllegalArgumentException("gatherLast: index " + i + " is out of range for shape " + x.shape());
            }
        }
        if (index.length == 0) {
            throw new IllegalArgumentException("gatherLast: needs at least one index");
        }
        return x.shape().with(-1, index.length);
    }

    /** The shape of a scatter-add along the last axis. */
    public static Shape scatterAddLast(Tensor x, int[] index, int width) {
        if (index.length != x.dim(-1)) {
            throw new IllegalArgumentException("scatterAddLast: " + index.length + " indices for shape " + x.shape());
        }
        for (int i : index) {
            if (i >= width) {
                throw new IllegalArgumentException("scatterAddLast: index " + i + " is out of range for width " + width);
            }
        }
        return x.shape().with(-1, width);
    }

    /** The shape of a row gather. */
    public static Shape gatherRows(Tensor x, int[] rows) {
        checkRows("gatherRows", rows, x.dim(0), x.shape());
        if (rows.length == 0) {
            throw new IllegalArgumentException("gatherRows: needs at least one row");
        }
        return x.shape().with(0, rows.length);
    }

    /** The shape of a row scatter-add. */
    public static Shape scatterAddRows(Tensor x, int[] rows, int count) {
        if (rows.length != x.dim(0)) {
            throw new IllegalArgumentException("scatterAddRows: " + rows.length + " row indices for shape " + x.shape());
        }
        checkRows("scatterAddRows", rows, count, x.shape());
        return x.shape().with(0, count);
    }

    private static void checkRows(String op, int[] rows, int count, Shape shape) {
        for (int r : rows) {
            if (r < 0 || r >= count) {
                throw new IllegalArgumentException(op + ": row " + r + " is out of range [0, " + count + ") for shape " + shape
                        + " (rows " + (rows.length > 8 ? Arrays.toString(Arrays.copyOf(rows, 8)) + "…" : Arrays.toString(rows)) + ")");
            }
        }
    }
}
