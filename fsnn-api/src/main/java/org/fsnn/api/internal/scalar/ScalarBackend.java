// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.internal.scalar;

import java.util.List;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.BlockSubstitution;
import org.fsnn.api.backend.KernelShapes;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.HostBuffer;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * The reference backend: plain loops, one element at a time, written to be obviously correct.
 * It is the definition of every kernel that the faster backends are tested against.
 */
public final class ScalarBackend implements Backend {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String device() {
        return "scalar loops on the Java heap, 1 thread";
    }

    /** True: the kernels are plain loops over their own arrays. */
    @Override
    public boolean concurrent() {
        return true;
    }

    private double[] data(Tensor t) {
        return ((HostBuffer) t.buffer()).data();
    }

    private Tensor wrap(Shape shape, double[] data) {
        return new Tensor(this, shape, new HostBuffer(data));
    }

    @Override
    public Tensor fromArray(double[] data, int... dims) {
        return wrap(KernelShapes.fromArray(data, dims), data.clone());
    }

    @Override
    public double[] toArray(Tensor t) {
        KernelShapes.owned(this, "toArray", t);
        return data(t).clone();
    }

    @Override
    public Tensor fill(Shape shape, double value) {
        double[] out = new double[shape.size()];
        java.util.Arrays.fill(out, value);
        return wrap(shape, out);
    }

    @Override
    public Tensor map(UnaryOp op, Tensor x, double p, double q) {
        KernelShapes.owned(this, "map", x);
        double[] in = data(x);
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = op.apply(in[i], p, q);
        }
        return wrap(x.shape(), out);
    }

    @Override
    public Tensor mapGrad(UnaryOp op, Tensor x, Tensor gy, double p, double q) {
        KernelShapes.owned(this, "mapGrad", x, gy);
        KernelShapes.same("mapGrad(" + op + ")", x, gy);
        double[] in = data(x);
        double[] g = data(gy);
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = g[i] * op.derivative(in[i], p, q);
        }
        return wrap(x.shape(), out);
    }

    @Override
    public Tensor zip(BinaryOp op, Tensor a, Tensor b) {
        KernelShapes.owned(this, "zip", a, b);
        Shape s = Shape.broadcast(op.name().toLowerCase(java.util.Locale.ROOT), a.shape(), b.shape());
        int[] d = s.padded(3);
        int[] da = a.shape().padded(3);
        int[] db = b.shape().padded(3);
        double[] x = data(a);
        double[] y = data(b);
        double[] out = new double[s.size()];
        int o = 0;
        for (int i = 0; i < d[0]; i++) {
            for (int j = 0; j < d[1]; j++) {
                for (int k = 0; k < d[2]; k++) {
                    double u = x[index(da, i, j, k)];
                    double v = y[index(db, i, j, k)];
                    out[o++] = op.apply(u, v);
                }
            }
        }
        return wrap(s, out);
    }

    /** The flat index of (i, j, k) in a padded shape, with size-1 axes broadcast. */
    private static int index(int[] dims, int i, int j, int k) {
        int ii = dims[0] == 1 ? 0 : i;
        int jj = dims[1] == 1 ? 0 : j;
        int kk = dims[2] == 1 ? 0 : k;
        return (ii * dims[1] + jj) * dims[2] + kk;
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int axis) {
        KernelShapes.owned(this, "reduce", x);
        Shape s = KernelShapes.reduce("reduce(" + op + ")", x, axis);
        int ax = x.shape().normalizeAxis(axis);
        int[] dims = x.shape().dims();
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= dims[i];
        }
        int len = dims[ax];
        int inner = 1;
        for (int i = ax + 1; i < dims.length; i++) {
            inner *= dims[i];
        }
        double[] in = data(x);
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int n = 0; n < inner; n++) {
                double acc = switch (op) {
                    case SUM, MEAN -> 0;
                    case MAX -> Double.NEGATIVE_INFINITY;
                    case MIN -> Double.POSITIVE_INFINITY;
                };
                for (int l = 0; l < len; l++) {
                    double v = in[(o * len + l) * inner + n];
                    acc = switch (op) {
                        case SUM, MEAN -> acc + v;
                        case MAX -> Math.max(acc, v);
                        case MIN -> Math.min(acc, v);
                    };
                }
                out[o * inner + n] = op == ReduceOp.MEAN ? acc / len : acc;
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
        KernelShapes.owned(this, "gemm", a, b, c);
        Shape s = KernelShapes.gemm(transA, transB, a, b, c);
        int m = s.dim(0);
        int n = s.dim(1);
        int k = transA ? a.dim(0) : a.dim(1);
        double[] out = new double[m * n];
        multiply(data(a), 0, a.dim(1), transA, data(b), 0, b.dim(1), transB, out, 0, m, n, k);
        if (c != null) {
            double[] cd = data(c);
            for (int i = 0; i < out.length; i++) {
                out[i] = alpha * out[i] + beta * cd[i];
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = alpha * out[i];
            }
        }
        return wrap(s, out);
    }

    /** out[i][j] = Σ_l op(a)[i][l] op(b)[l][j]; lda, ldb are the stored row lengths. */
    private static void multiply(double[] a, int aOff, int lda, boolean transA, double[] b, int bOff, int ldb,
            boolean transB, double[] out, int outOff, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int l = 0; l < k; l++) {
                    double u = transA ? a[aOff + l * lda + i] : a[aOff + i * lda + l];
                    double v = transB ? b[bOff + j * ldb + l] : b[bOff + l * ldb + j];
                    acc += u * v;
                }
                out[outOff + i * n + j] = acc;
            }
        }
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transA, boolean transB) {
        KernelShapes.owned(this, "matmul", a, b);
        Shape s = KernelShapes.matmul(a, b, transA, transB);
        int m = s.dim(-2);
        int n = s.dim(-1);
        int k = a.dim(transA ? -2 : -1);
        int batch = s.rank() == 3 ? s.dim(0) : 1;
        int aStride = a.rank() == 3 ? a.dim(1) * a.dim(2) : 0;
        int bStride = b.rank() == 3 ? b.dim(1) * b.dim(2) : 0;
        double[] out = new double[s.size()];
        for (int p = 0; p < batch; p++) {
            multiply(data(a), p * aStride, a.dim(-1), transA, data(b), p * bStride, b.dim(-1), transB, out, p * m * n, m, n, k);
        }
        return wrap(s, out);
    }

    @Override
    public Tensor matvec(Tensor a, Tensor x, boolean transA) {
        KernelShapes.owned(this, "matvec", a, x);
        Shape s = KernelShapes.matvec(a, x, transA);
        int batch = s.dim(0);
        int m = s.dim(1);
        int k = x.dim(1);
        int aStride = a.rank() == 3 ? a.dim(1) * a.dim(2) : 0;
        int lda = a.dim(-1);
        double[] ad = data(a);
        double[] xd = data(x);
        double[] out = new double[s.size()];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < m; i++) {
                double acc = 0;
                for (int l = 0; l < k; l++) {
                    double u = transA ? ad[p * aStride + l * lda + i] : ad[p * aStride + i * lda + l];
                    acc += u * xd[p * k + l];
                }
                out[p * m + i] = acc;
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor transpose(Tensor x) {
        KernelShapes.owned(this, "transpose", x);
        Shape s = KernelShapes.transpose(x);
        int rows = x.dim(-2);
        int cols = x.dim(-1);
        int batch = x.rank() == 3 ? x.dim(0) : 1;
        double[] in = data(x);
        double[] out = new double[in.length];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    out[p * rows * cols + j * rows + i] = in[p * rows * cols + i * cols + j];
                }
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor solveBlockUpper(Tensor t, Tensor r, BlockLayout layout, boolean transpose) {
        KernelShapes.owned(this, "solveBlockUpper", t, r);
        Shape s = KernelShapes.solveBlockUpper(t, r, layout);
        int n = layout.order();
        int batch = r.dim(0);
        int tStride = t.rank() == 3 ? n * n : 0;
        double[] td = data(t);
        double[] rd = data(r);
        double[] out = new double[s.size()];
        for (int p = 0; p < batch; p++) {
            BlockSubstitution.solve(td, p * tStride, n, layout, transpose, rd, p * n, out, p * n);
        }
        return wrap(s, out);
    }

    @Override
    public Tensor slice(Tensor x, int from, int to) {
        KernelShapes.owned(this, "slice", x);
        Shape s = KernelShapes.slice(x, from, to);
        int w = x.dim(-1);
        int rows = x.size() / w;
        int nw = to - from;
        double[] in = data(x);
        double[] out = new double[rows * nw];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < nw; j++) {
                out[i * nw + j] = in[i * w + from + j];
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor concat(List<Tensor> parts) {
        KernelShapes.owned(this, "concat", parts.toArray(Tensor[]::new));
        Shape s = KernelShapes.concat(parts);
        int w = s.last();
        int rows = s.size() / w;
        double[] out = new double[s.size()];
        int col = 0;
        for (Tensor p : parts) {
            int pw = p.dim(-1);
            double[] in = data(p);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < pw; j++) {
                    out[i * w + col + j] = in[i * pw + j];
                }
            }
            col += pw;
        }
        return wrap(s, out);
    }

    @Override
    public Tensor gatherLast(Tensor x, int[] index) {
        KernelShapes.owned(this, "gatherLast", x);
        Shape s = KernelShapes.gatherLast(x, index);
        int w = x.dim(-1);
        int rows = x.size() / w;
        double[] in = data(x);
        double[] out = new double[s.size()];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < index.length; j++) {
                out[i * index.length + j] = index[j] < 0 ? 0 : in[i * w + index[j]];
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor scatterAddLast(Tensor x, int[] index, int width) {
        KernelShapes.owned(this, "scatterAddLast", x);
        Shape s = KernelShapes.scatterAddLast(x, index, width);
        int w = x.dim(-1);
        int rows = x.size() / w;
        double[] in = data(x);
        double[] out = new double[s.size()];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < w; j++) {
                if (index[j] >= 0) {
                    out[i * width + index[j]] += in[i * w + j];
                }
            }
        }
        return wrap(s, out);
    }

    @Override
    public Tensor gatherRows(Tensor x, int[] rows) {
        KernelShapes.owned(this, "gatherRows", x);
        Shape s = KernelShapes.gatherRows(x, rows);
        int row = x.size() / x.dim(0);
        double[] in = data(x);
        double[] out = new double[s.size()];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(in, rows[i] * row, out, i * row, row);
        }
        return wrap(s, out);
    }

    @Override
    public Tensor scatterAddRows(Tensor x, int[] rows, int count) {
        KernelShapes.owned(this, "scatterAddRows", x);
        Shape s = KernelShapes.scatterAddRows(x, rows, count);
        int row = x.size() / x.dim(0);
        double[] in = data(x);
        double[] out = new double[s.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < row; j++) {
                out[rows[i] * row + j] += in[i * row + j];
            }
        }
        return wrap(s, out);
    }
}
