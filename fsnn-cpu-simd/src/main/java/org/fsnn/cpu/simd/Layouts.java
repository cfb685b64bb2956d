// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/** Data movement kernels over ranges of rows: transposes, gathers and scatters along the last axis. */
final class Layouts {
    /** Side of the square tiles a transpose moves at a time, so both matrices are read and written in cache lines. */
    private static final int TILE = 16;
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

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

    /**
     * Copies {@code rows} rows of {@code width} elements from {@code in} at {@code inOff} (row
     * stride {@code inStride}) to {@code out} at {@code outOff} (row stride {@code outStride}).
     * Narrow rows (slices and parts of width 1 or 2 are common) avoid a {@link System#arraycopy}
     * call per row, which costs more than such a row: widths 1 and 2 are copied column by column,
     * rows narrower than a vector as one masked vector each.
     */
    static void copyRows(double[] in, int inOff, int inStride, double[] out, int outOff, int outStride, int width, int rows) {
        if (width == inStride && width == outStride) {
            System.arraycopy(in, inOff, out, outOff, width * rows);
            return;
        }
        if (width <= 2) {
            for (int j = 0; j < width; j++) {
                for (int i = 0; i < rows; i++) {
                    out[outOff + i * outStride + j] = in[inOff + i * inStride + j];
                }
            }
            return;
        }
        if (width < S.length()) {
            VectorMask<Double> mask = S.indexInRange(0, width);
            for (int i = 0; i < rows; i++) {
                Lanes.store(Lanes.load(in, inOff + i * inStride, mask), out, outOff + i * outStride, mask);
            }
            return;
        }
        for (int i = 0; i < rows; i++) {
            System.arraycopy(in, inOff + i * inStride, out, outOff + i * outStride, width);
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
