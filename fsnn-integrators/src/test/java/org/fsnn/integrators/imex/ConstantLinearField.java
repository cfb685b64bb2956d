// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.testkit.GradientCheck.BACKEND;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.tensor.Tensor;

/**
 * A linear fast–slow field with constant matrices and a closed-form solution:
 * dx/dt = ε (−r x + W y), dy/dt = T y + ε C y. The whole system is dz/dt = M z with
 * M = [[−rε I, εW], [0, T + εC]], so z(t) = exp(M t) z(0).
 *
 * @param t T, block upper triangular in {@code layout}
 * @param c C (the explicit linear term f = εC y)
 * @param w W, N_x × N_y (x-coupling)
 * @param rate r, the slow decay rate
 */
record ConstantLinearField(double[][] t, BlockLayout layout, double[][] c, double[][] w, double rate)
        implements FastSlowField {

    /** A field with a 2×2 complex-pair block and a 1×1 real block, two slow variables. */
    static ConstantLinearField pairAndScalar(double stiffness) {
        double[][] t = {{-1 * stiffness, 2 * stiffness, 0.5}, {-2 * stiffness, -1 * stiffness, -0.3}, {0, 0, -3 * stiffness}};
        double[][] c = {{0.2, -0.1, 0.3}, {0.1, 0.4, -0.2}, {-0.3, 0.2, 0.1}};
        double[][] w = {{1.0, -0.5, 0.7}, {0.3, 0.8, -0.4}};
        return new ConstantLinearField(t, new BlockLayout(new int[] {2, 1}), c, w, 1.0);
    }

    /** One fast mode, dy/dt = λ y, decoupled from one slow variable with dx/dt = −εx. */
    static ConstantLinearField scalarMode(double lambda) {
        return new ConstantLinearField(new double[][] {{lambda}}, BlockLayout.upperTriangular(1), new double[][] {{0}},
                new double[][] {{0}}, 1.0);
    }

    /** One complex pair a ± ib, dy/dt = [[a, b], [−b, a]] y, one slow variable with dx/dt = −εx. */
    static ConstantLinearField complexMode(double a, double b) {
        return new ConstantLinearField(new double[][] {{a, b}, {-b, a}}, new BlockLayout(new int[] {2}),
                new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, 0}}, 1.0);
    }

    @Override
    public int slowDim() {
        return w.length;
    }

    @Override
    public int fastDim() {
        return t.length;
    }

    @Override
    public Var linear(Var x, Var eps) {
        int batch = x.value().dim(0);
        int n = fastDim();
        double[] data = new double[batch * n * n];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(t[i], 0, data, p * n * n + i * n, n);
            }
        }
        return Var.constant(BACKEND.fromArray(data, batch, n, n));
    }

    @Override
    public Var fastNonlinear(Var x, Var y, Var eps) {
        return Ops.mul(eps, Ops.matvec(constant(c), y));
    }

    @Override
    public Var slow(Var x, Var y, Var eps) {
        return Ops.add(Ops.mul(x, -rate), Ops.matvec(constant(w), y));
    }

    /** The exact state exp(M t) z(0) per sample, as {@code [b, N_x + N_y]} values (x first). */
    double[][] exact(double[][] x0, double[][] y0, double[] eps, double time) {
        int nx = slowDim();
        int ny = fastDim();
        int n = nx + ny;
        int batch = x0.length;
        double[] m = new double[batch * n * n];
        for (int p = 0; p < batch; p++) {
            int o = p * n * n;
            for (int i = 0; i < nx; i++) {
                m[o + i * n + i] = -rate * eps[p] * time;
                for (int j = 0; j < ny; j++) {
                    m[o + i * n + nx + j] = eps[p] * w[i][j] * time;
                }
            }
            for (int i = 0; i < ny; i++) {
                for (int j = 0; j < ny; j++) {
                    m[o + (nx + i) * n + nx + j] = (t[i][j] + eps[p] * c[i][j]) * time;
                }
            }
        }
        double[] e = BACKEND.expm(BACKEND.fromArray(m, batch, n, n)).toArray();
        double[][] out = new double[batch][n];
        for (int p = 0; p < batch; p++) {
            double[] z0 = new double[n];
            System.arraycopy(x0[p], 0, z0, 0, nx);
            System.arraycopy(y0[p], 0, z0, nx, ny);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[p][i] += e[p * n * n + i * n + j] * z0[j];
                }
            }
        }
        return out;
    }

    private static Var constant(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        double[] data = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(m[i], 0, data, i * cols, cols);
        }
        return Var.constant(BACKEND.fromArray(data, rows, cols));
    }
}
