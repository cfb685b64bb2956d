// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

/** Data movement kernels over ranges of rows: transposes, gathers and scatters along the last axis. */
final class Layouts {
    /** Side of the square tiles a transpose moves at a time, so both matrices are read and written in cache lines. */
    private static final int TILE = 16;

    private Layouts() {}

    /**
     * Rows {@code [r0, r1)} of a rows × cols matrix at {@code off} go to columns of its transpose,
     * also at {@code off}, tile by tile.
     */
    static void transpose(double[] in, int off, int rows, int cols, double[] out, int r0, int r1) {
        for (int i0 = r0; i0 < r1; i0 += TILE) {
            int i1 = Math.min(r1, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        out[off + j * rows + i] = in[off + i * cols + j];
                    }
                }
            }
        }
    }

    /** Rows {@code [r0, r1)}: {@code out[i][j] = in[i][index[j]]}, or 0 where {@code index[j] < 0}. */
    static void gatherLast(double[] in, int width, int[] index, double[] out, int r0, int r1) {
        int w = index.length;
        for (int i = r0; i < r1; i++) {
            int src = i * width;
            int dst = i * w;
            for (int j = 0; j < w; j++) {
                out[dst + j] = index[j] < 0 ? 0 : in[src + index[j]];
            }
        }
    }

    /** Rows {@code [r0, r1)}: {@code out[i][index[j]] += in[i][j]} for {@code index[j] >= 0}, j ascending. */
    static void scatterAddLast(double[] in, int w, int[] index, int width, double[] out, int r0, int r1) {
        for (int i = r0; i < r1; i++) {
            int src = i * w;
            int dst = i * width;
            for (int j = 0; j < w; j++) {
                if (index[j] >= 0) {
                    out[dst + index[j]] += in[src + j];
                }
            }
        }
    }
}
