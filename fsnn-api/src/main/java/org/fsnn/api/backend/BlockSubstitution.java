// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/**
 * Solves one system {@code op(T) y = r} with a block upper-triangular {@code T} whose diagonal
 * blocks are 1×1 or 2×2: back-substitution block by block from the bottom (or forward
 * substitution from the top for {@code Tᵀ}), each 2×2 block solved by Cramer's rule.
 * O(n²) operations, no pivoting, nothing stored besides the solution.
 *
 * <p>The definition used by the reference backend; host backends may call it per sample.
 */
public final class BlockSubstitution {
    private BlockSubstitution() {}

    /**
     * @param t row-major n×n matrices; the one used starts at {@code tOff}
     * @param n the order
     * @param layout the diagonal blocks
     * @param transpose solve with {@code Tᵀ} instead of {@code T}
     * @param r the right-hand side, starting at {@code rOff}
     * @param y where the solution goes, starting at {@code yOff}
     */
    public static void solve(double[] t, int tOff, int n, BlockLayout layout, boolean transpose, double[] r, int rOff,
            double[] y, int yOff) {
        int[] sizes = layout.sizes();
        int[] starts = layout.starts();
        int blocks = sizes.length;
        for (int step = 0; step < blocks; step++) {
            int b = transpose ? step : blocks - 1 - step;
            int s = starts[b];
            int size = sizes[b];
            double r0 = r[rOff + s] - coupled(t, tOff, n, transpose, y, yOff, s, s, size);
            if (size == 1) {
                y[yOff + s] = r0 / t[tOff + s * n + s];
            } else {
                double r1 = r[rOff + s + 1] - coupled(t, tOff, n, transpose, y, yOff, s + 1, s, size);
                double a = t[tOff + s * n + s];
                double d = t[tOff + (s + 1) * n + s + 1];
                double b01 = t[tOff + s * n + s + 1];
                double b10 = t[tOff + (s + 1) * n + s];
                double upper = transpose ? b10 : b01;
                double lower = transpose ? b01 : b10;
                double det = a * d - upper * lower;
                y[yOff + s] = (d * r0 - upper * r1) / det;
                y[yOff + s + 1] = (a * r1 - lower * r0) / det;
            }
        }
    }

    /** Σ op(T)[row][j]·y[j] over the already solved j: those after the block, or before it when transposed. */
    private static double coupled(double[] t, int tOff, int n, boolean transpose, double[] y, int yOff, int row,
            int blockStart, int size) {
        double acc = 0;
        if (transpose) {
            for (int j = 0; j < blockStart; j++) {
                acc += t[tOff + j * n + row] * y[yOff + j];
            }
        } else {
            for (int j = blockStart + size; j < n; j++) {
                acc += t[tOff + row * n + j] * y[yOff + j];
            }
        }
        return acc;
    }
}
