// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockSubstitutionTest {
    private static final Backend BACKEND = Backends.reference();

    private static BlockLayout randomLayout(SplittableRandom rng) {
        List<Integer> sizes = new ArrayList<>();
        int blocks = 1 + rng.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            sizes.add(1 + rng.nextInt(2));
        }
        return new BlockLayout(sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A well-conditioned block upper-triangular matrix with NaN below the blocks (never to be read). */
    private static double[] randomMatrix(SplittableRandom rng, BlockLayout layout) {
        int n = layout.order();
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = rng.nextDouble(-1, 1);
                t[i * n + j] = !layout.isStructural(i, j) ? Double.NaN : i == j ? 3 + v : v;
            }
        }
        return t;
    }

    /** The structural part of T (or its transpose), dense, with zeros below the blocks. */
    private static double[][] dense(double[] t, BlockLayout layout, boolean transpose) {
        int n = layout.order();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ii = transpose ? j : i;
                int jj = transpose ? i : j;
                a[i][j] = layout.isStructural(ii, jj) ? t[ii * n + jj] : 0;
            }
        }
        return a;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] gaussianElimination(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = rhs[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int i = col + 1; i < n; i++) {
                double f = a[i][col] / a[col][col];
                for (int j = col; j <= n; j++) {
                    a[i][j] -= f * a[col][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = a[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void equalsADenseSolveAndLeavesAResidualAtRoundOffForBothOrientations(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        BlockLayout layout = randomLayout(rng);
        int n = layout.order();
        double[] t = randomMatrix(rng, layout);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = rng.nextDouble(-1, 1);
        }
        for (boolean transpose : new boolean[] {false, true}) {
            double[] y = new double[n];
            BlockSubstitution.solve(t, 0, n, layout, transpose, r, 0, y, 0);
            double[][] a = dense(t, layout, transpose);
            double[] expected = gaussianElimination(a, r);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], y[i], 1e-12, layout + " transpose " + transpose + " entry " + i);
                double residual = -r[i];
                for (int j = 0; j < n; j++) {
                    residual += a[i][j] * y[j];
                }
                assertEquals(0, residual, 1e-12, layout + " transpose " + transpose + " residual " + i);
            }
        }
    }

    @ParameterizedTest(name = "transpose {0}")
    @ValueSource(booleans = {false, true})
    void theBackendSolvesEverySampleWithASharedOrABatchedMatrix(boolean transpose) {
        SplittableRandom rng = new SplittableRandom(42);
        BlockLayout layout = BlockLayout.pairsThenScalar(5);
        int n = 5;
        int batch = 3;
        double[] shared = randomMatrix(rng, layout);
        double[] batched = new double[batch * n * n];
        double[] r = new double[batch * n];
        for (int p = 0; p < batch; p++) {
            System.arraycopy(randomMatrix(rng, layout), 0, batched, p * n * n, n * n);
            for (int i = 0; i < n; i++) {
                r[p * n + i] = rng.nextDouble(-1, 1);
            }
        }
        Tensor rt = BACKEND.fromArray(r, batch, n);
        double[] ys = BACKEND.solveBlockUpper(BACKEND.fromArray(shared, n, n), rt, layout, transpose).toArray();
        double[] yb = BACKEND.solveBlockUpper(BACKEND.fromArray(batched, batch, n, n), rt, layout, transpose).toArray();
        for (int p = 0; p < batch; p++) {
            double[] rp = Arrays.copyOfRange(r, p * n, p * n + n);
            double[] es = gaussianElimination(dense(shared, layout, transpose), rp);
            double[] eb = gaussianElimination(dense(Arrays.copyOfRange(batched, p * n * n, (p + 1) * n * n), layout,
                    transpose), rp);
            for (int i = 0; i < n; i++) {
                assertEquals(es[i], ys[p * n + i], 1e-12, "shared, sample " + p);
                assertEquals(eb[i], yb[p * n + i], 1e-12, "batched, sample " + p);
            }
        }
    }
}
