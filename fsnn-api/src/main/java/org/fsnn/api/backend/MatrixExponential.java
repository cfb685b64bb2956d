// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.Arrays;

/**
 * The matrix exponential of a small dense matrix by scaling and squaring a Taylor series.
 *
 * <p>The matrix is scaled by 2⁻ˢ until its 1-norm is at most 1/2; the Taylor series is summed
 * until a term no longer changes the sum in float64 (at most 30 terms: 0.5³⁰/30! is far below
 * the unit round-off); the result is squared s times. Accurate to a few ulps times the
 * condition of the squaring phase, which is benign for the skew-symmetric and moderate-norm
 * matrices fsnn uses.
 */
final class MatrixExponential {
    private MatrixExponential() {}

    static void compute(double[] a, int aOff, int n, double[] out, int outOff) {
        double norm = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += Math.abs(a[aOff + i * n + j]);
            }
            norm = Math.max(norm, col);
        }
        if (!Double.isFinite(norm)) {
            throw new IllegalArgumentException("expm: matrix has non-finite entries");
        }
        int s = norm <= 0.5 ? 0 : Math.getExponent(norm) + 2;
        double scale = Math.scalb(1.0, -s);
        double[] x = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            x[i] = a[aOff + i] * scale;
        }
        double[] sum = new double[n * n];
        double[] term = new double[n * n];
        for (int i = 0; i < n; i++) {
            sum[i * n + i] = 1;
            term[i * n + i] = 1;
        }
        double[] next = new double[n * n];
        for (int k = 1; k <= 30; k++) {
            multiply(term, x, next, n);
            boolean changed = false;
            for (int i = 0; i < n * n; i++) {
                term[i] = next[i] / k;
                double updated = sum[i] + term[i];
                changed |= updated != sum[i];
                sum[i] = updated;
            }
            if (!changed) {
                break;
            }
        }
        for (int i = 0; i < s; i++) {
            multiply(sum, sum, next, n);
            System.arraycopy(next, 0, sum, 0, n * n);
        }
        System.arraycopy(sum, 0, out, outOff, n * n);
    }

    /**
     * c = a·b. Row by row, the inner loop runs along a row of b and of c, which the JIT turns into
     * vector instructions; each c[i][j] still adds its products in the order k = 0, 1, …, so the
     * bits are those of the dot-product form.
     */
    private static void multiply(double[] a, double[] b, double[] c, int n) {
        for (int i = 0; i < n; i++) {
            int row = i * n;
            Arrays.fill(c, row, row + n, 0.0);
            for (int k = 0; k < n; k++) {
                double aik = a[row + k];
                int bRow = k * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] += aik * b[bRow + j];
                }
            }
        }
    }
}
