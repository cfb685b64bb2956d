// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Products of many small matrices, one sample at a time: the FSNN case of thousands of 2×2 to
 * 16×16 matrices, where packing for {@link Gemm} would cost more than the product. Callers split
 * the batch over threads; each sample is computed the same way whatever the split.
 */
final class BatchedProducts {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private BatchedProducts() {}

    /**
     * {@code C = op(A) · op(B)} for one sample: op(A) is m × k, op(B) is k × n, C is m × n
     * row-major at {@code cOff}. {@code scratch} holds at least k·n values (used when B is
     * transposed).
     */
    static void matmul(double[] a, int aOff, boolean transA, double[] b, int bOff, boolean transB, int m, int n, int k,
            double[] c, int cOff, double[] scratch) {
        double[] rows = b;
        int rowsOff = bOff;
        if (transB) {
            // op(B) row-major: op(B)[l][j] = B[j][l]
            for (int l = 0; l < k; l++) {
                for (int j = 0; j < n; j++) {
                    scratch[l * n + j] = b[bOff + j * k + l];
                }
            }
            rows = scratch;
            rowsOff = 0;
        }
        int aRow = transA ? 1 : k;
        int aCol = transA ? m : 1;
        if (n * 2 < L) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double acc = 0;
                    for (int l = 0; l < k; l++) {
                        acc = Math.fma(a[aOff + i * aRow + l * aCol], rows[rowsOff + l * n + j], acc);
                    }
                    c[cOff + i * n + j] = acc;
                }
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j += L) {
                var mask = S.indexInRange(j, n);
                var acc = DoubleVector.zero(S);
                for (int l = 0; l < k; l++) {
                    var bv = Lanes.load(rows, rowsOff + l * n + j, mask);
                    acc = DoubleVector.broadcast(S, a[aOff + i * aRow + l * aCol]).fma(bv, acc);
                }
                Lanes.store(acc, c, cOff + i * n + j, mask);
            }
        }
    }

    /**
     * {@code y = op(A) · x} for one sample: A is stored m × k (or k × m when transposed, op(A)
     * being m × k either way), x has k values at {@code xOff}, y gets m values at {@code yOff}.
     */
    static void matvec(double[] a, int aOff, boolean trans, int m, int k, double[] x, int xOff, double[] y, int yOff) {
        if (trans) {
            // y[i] = Σ_l A[l][i] x[l]: rows of the stored A are contiguous in i
            for (int i = 0; i < m; i += L) {
                var mask = S.indexInRange(i, m);
                var acc = DoubleVector.zero(S);
                for (int l = 0; l < k; l++) {
                    acc = Lanes.load(a, aOff + l * m + i, mask).fma(DoubleVector.broadcast(S, x[xOff + l]), acc);
                }
                Lanes.store(acc, y, yOff + i, mask);
            }
            return;
        }
        // y[i] = row i of A · x: the rows are short, so four scalar FMA chains beat a lane reduction per row
        for (int i = 0; i < m; i++) {
            y[yOff + i] = dot(a, aOff + i * k, x, xOff, k);
        }
    }

    private static double dot(double[] a, int aOff, double[] x, int xOff, int k) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int l = 0;
        for (; l + 3 < k; l += 4) {
            s0 = Math.fma(a[aOff + l], x[xOff + l], s0);
            s1 = Math.fma(a[aOff + l + 1], x[xOff + l + 1], s1);
            s2 = Math.fma(a[aOff + l + 2], x[xOff + l + 2], s2);
            s3 = Math.fma(a[aOff + l + 3], x[xOff + l + 3], s3);
        }
        for (; l < k; l++) {
            s0 = Math.fma(a[aOff + l], x[xOff + l], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
