// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Matrix products with one small dimension, which the packed micro-kernel of {@link Gemm} would
 * pad to its {@value Gemm#MR} × {@value Gemm#NR} tile (a 128 × 2 output pays for 128 × 24) or
 * spend on packing and tile bookkeeping (an inner size of 3). Operands are read in place.
 *
 * <ul>
 *   <li>small inner size k: each row of C is Σₗ op(A)(i, l) · op(B)(l, :) in vectors along the row;
 *   <li>few rows of C (B not transposed), or few columns with A transposed (then computed as Cᵀ):
 *       the rows of the output are rank-one updates Σₗ p(l, r) · q(l, :) streamed over l, with a
 *       tile of 2 rows × 4 vectors in registers, q the contiguous rows of op(B) or of A;
 *   <li>few columns with A not transposed and B transposed: dot products of contiguous rows, the
 *       lanes summed in a fixed order.
 * </ul>
 *
 * Each element of C is one fixed chain of fused multiply-adds over l, starting from zero, so the
 * result depends only on the shapes, never on the thread count. Threads split the output's long
 * dimension.
 */
final class NarrowGemm {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Inner sizes up to this use the row kernel. */
    static final int SMALL_K = 16;
    /** Output rows up to this use the streamed rank-one kernel. */
    static final int SMALL_M = 4;
    /** Output columns up to this use the streamed kernel on Cᵀ or the dot products. */
    static final int SMALL_N = 8;
    /** Columns of the streamed kernel's register tile. */
    private static final int TILE = 4 * L;
    /** Products with fewer multiply-adds run on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 18;

    private NarrowGemm() {}

    /**
     * Writes {@code op(A) · op(B)} (m × n, inner size k) into {@code c} at {@code cOff}, row length
     * n, when the shape is narrow enough for one of these kernels.
     *
     * @return whether the product was computed; if not, nothing was written
     */
    static boolean multiply(Parallel parallel, Gemm.Operand a, Gemm.Operand b, int m, int n, int k, double[] c, int cOff) {
        if (k == 0 || m == 0 || n == 0) {
            return false;
        }
        if (k <= SMALL_K) {
            smallInner(parallel, a, b, m, n, k, c, cOff);
        } else if (m <= SMALL_M && !b.trans()) {
            // rows r of C: p(l, r) = op(A)(r, l), q(l, :) = row l of B
            stream(parallel, a.data(), a.offset(), a.trans() ? a.ld() : 1, a.trans() ? 1 : a.ld(), m, b.data(), b.offset(),
                    b.ld(), n, k, c, cOff, n, 1);
        } else if (n <= SMALL_N && a.trans()) {
            // rows j of Cᵀ: p(l, j) = op(B)(l, j), q(l, :) = row l of A
            stream(parallel, b.data(), b.offset(), b.trans() ? 1 : b.ld(), b.trans() ? b.ld() : 1, n, a.data(), a.offset(),
                    a.ld(), m, k, c, cOff, 1, n);
        } else if (n <= SMALL_N && b.trans()) {
            dots(parallel, a, b, m, n, k, c, cOff);
        } else {
            return false;
        }
        return true;
    }

    private static int grain(long workPerUnit) {
        return (int) Math.max(1, PARALLEL_WORK / Math.max(1, workPerUnit));
    }

    // ---- small inner size -----------------------------------------------------------------

    private static void smallInner(Parallel parallel, Gemm.Operand a, Gemm.Operand b, int m, int n, int k, double[] c, int cOff) {
        // op(B) is k × n with k small: copy it into rows padded to whole vectors, so that every
        // load from it is a full one; the padding is zero and only masked out on the store
        int ldb = (n + L - 1) / L * L;
        double[] bRows = new double[k * ldb];
        double[] bd = b.data();
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < n; j++) {
                bRows[l * ldb + j] = b.trans() ? bd[b.offset() + j * b.ld() + l] : bd[b.offset() + l * b.ld() + j];
            }
        }
        parallel.range(m, grain((long) n * k), (from, to) -> smallInnerRows(a, bRows, ldb, n, k, c, cOff, from, to));
    }

    /**
     * Rows {@code [from, to)} of the small-inner-size product. Columns are computed from the right,
     * so a vector that runs past the end of its row (n not a whole number of vectors) can be stored
     * whole: what it spills into the rows below is overwritten when they are computed, later. Only
     * a store that would spill past row {@code to}, which another thread may own, is masked.
     */
    private static void smallInnerRows(Gemm.Operand a, double[] bRows, int ldb, int n, int k, double[] c, int cOff, int from,
            int to) {
        // rows of op(A) are read in place when A is not transposed, else gathered into ai
        double[] ai = a.trans() ? new double[4 * k] : a.data();
        VectorMask<Double> tail = S.indexInRange(S.loopBound(n), n);
        int end = cOff + to * n;
        int i = from;
        // four rows at a time: four independent chains of multiply-adds per vector of B, while
        // the rows below take all of the last row's spill, so that every store is a whole one
        for (; i + 4 <= to && cOff + (i + 3) * n + ldb <= end; i += 4) {
            int r0;
            int step;
            if (a.trans()) {
                for (int r = 0; r < 4; r++) {
                    rowOfA(a, i + r, k, ai, r * k);
                }
                r0 = 0;
                step = k;
            } else {
                r0 = a.offset() + i * a.ld();
                step = a.ld();
            }
            int out = cOff + i * n;
            for (int j = ldb - L; j >= 0; j -= L) {
                var c0 = DoubleVector.zero(S);
                var c1 = c0;
                var c2 = c0;
                var c3 = c0;
                for (int l = 0; l < k; l++) {
                    var bv = DoubleVector.fromArray(S, bRows, l * ldb + j);
                    c0 = DoubleVector.broadcast(S, ai[r0 + l]).fma(bv, c0);
                    c1 = DoubleVector.broadcast(S, ai[r0 + step + l]).fma(bv, c1);
                    c2 = DoubleVector.broadcast(S, ai[r0 + 2 * step + l]).fma(bv, c2);
                    c3 = DoubleVector.broadcast(S, ai[r0 + 3 * step + l]).fma(bv, c3);
                }
                c0.intoArray(c, out + j);
                c1.intoArray(c, out + n + j);
                c2.intoArray(c, out + 2 * n + j);
                c3.intoArray(c, out + 3 * n + j);
            }
        }
        for (; i < to; i++) {
            int r0 = 0;
            if (a.trans()) {
                rowOfA(a, i, k, ai, 0);
            } else {
                r0 = a.offset() + i * a.ld();
            }
            int out = cOff + i * n;
            for (int j = ldb - L; j >= 0; j -= L) {
                var acc = DoubleVector.zero(S);
                for (int l = 0; l < k; l++) {
                    acc = DoubleVector.broadcast(S, ai[r0 + l]).fma(DoubleVector.fromArray(S, bRows, l * ldb + j), acc);
                }
                store(acc, c, out + j, end, tail);
            }
        }
    }

    /**
     * Stores a vector at {@code at}, whole if it ends by {@code end}, else only the lanes of
     * {@code tail} (a row's last, partial vector next to another thread's rows).
     */
    private static void store(DoubleVector v, double[] c, int at, int end, VectorMask<Double> tail) {
        if (at + L <= end) {
            v.intoArray(c, at);
        } else {
            Lanes.store(v, c, at, tail);
        }
    }

    /** op(A)(i, 0 … k−1) into {@code out} at {@code at}. */
    private static void rowOfA(Gemm.Operand a, int i, int k, double[] out, int at) {
        double[] ad = a.data();
        if (a.trans()) {
            for (int l = 0; l < k; l++) {
                out[at + l] = ad[a.offset() + l * a.ld() + i];
            }
        } else {
            System.arraycopy(ad, a.offset() + i * a.ld(), out, at, k);
        }
    }

    // ---- streamed rank-one updates --------------------------------------------------------

    /**
     * out(r, col) = Σₗ p(l, r) · q(l, col) for r < rows (at most {@link #SMALL_N}) and col < cols,
     * with p(l, r) = {@code p[pOff + l·pl + r·pr]}, q(l, col) = {@code q[qOff + l·ldq + col]}, and
     * out(r, col) stored at {@code c[cOff + r·rowStride + col·colStride]}.
     */
    private static void stream(Parallel parallel, double[] p, int pOff, int pl, int pr, int rows, double[] q, int qOff, int ldq,
            int cols, int k, double[] c, int cOff, int rowStride, int colStride) {
        // p in pairs of rows, k-major, an odd last row paired with zeros
        int pairs = (rows + 1) / 2;
        double[] pp = new double[pairs * 2 * k];
        for (int r = 0; r < rows; r++) {
            int base = r / 2 * 2 * k + r % 2;
            for (int l = 0; l < k; l++) {
                pp[base + 2 * l] = p[pOff + l * pl + r * pr];
            }
        }
        parallel.range(cols, grain((long) rows * k), TILE, (from, to) -> {
            double[] tile = colStride == 1 ? null : new double[2 * TILE];
            for (int pair = 0; pair < pairs; pair++) {
                int r = 2 * pair;
                int live = Math.min(2, rows - r);
                int col = from;
                for (; col + TILE <= to; col += TILE) {
                    streamTile(pp, pair * 2 * k, q, qOff + col, ldq, k, c, cOff + r * rowStride + col * colStride, rowStride,
                            colStride, live, tile);
                }
                for (; col < to; col += L) {
                    streamVector(pp, pair * 2 * k, q, qOff + col, ldq, k, S.indexInRange(col, to), c,
                            cOff + r * rowStride + col * colStride, rowStride, colStride, live, tile);
                }
            }
        });
    }

    /** Two rows × {@link #TILE} columns of {@link #stream}; only the first {@code live} rows are stored. */
    private static void streamTile(double[] pp, int ppOff, double[] q, int qOff, int ldq, int k, double[] c, int at,
            int rowStride, int colStride, int live, double[] tile) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        DoubleVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        for (int l = 0; l < k; l++) {
            int qa = qOff + l * ldq;
            var b0 = DoubleVector.fromArray(S, q, qa);
            var b1 = DoubleVector.fromArray(S, q, qa + L);
            var b2 = DoubleVector.fromArray(S, q, qa + 2 * L);
            var b3 = DoubleVector.fromArray(S, q, qa + 3 * L);
            var a = DoubleVector.broadcast(S, pp[ppOff + 2 * l]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            c02 = a.fma(b2, c02);
            c03 = a.fma(b3, c03);
            a = DoubleVector.broadcast(S, pp[ppOff + 2 * l + 1]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            c12 = a.fma(b2, c12);
            c13 = a.fma(b3, c13);
        }
        if (colStride == 1) {
            c00.intoArray(c, at);
            c01.intoArray(c, at + L);
            c02.intoArray(c, at + 2 * L);
            c03.intoArray(c, at + 3 * L);
            if (live == 2) {
                c10.intoArray(c, at + rowStride);
                c11.intoArray(c, at + rowStride + L);
                c12.intoArray(c, at + rowStride + 2 * L);
                c13.intoArray(c, at + rowStride + 3 * L);
            }
            return;
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c02.intoArray(tile, 2 * L);
        c03.intoArray(tile, 3 * L);
        c10.intoArray(tile, TILE);
        c11.intoArray(tile, TILE + L);
        c12.intoArray(tile, TILE + 2 * L);
        c13.intoArray(tile, TILE + 3 * L);
        scatter(tile, TILE, c, at, rowStride, colStride, live);
    }

    /** Two rows × one (masked) vector of columns of {@link #stream}. */
    private static void streamVector(double[] pp, int ppOff, double[] q, int qOff, int ldq, int k, VectorMask<Double> mask,
            double[] c, int at, int rowStride, int colStride, int live, double[] tile) {
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0;
        // lanes past the mask only reach the masked-off lanes of c0 and c1, so the load may read
        // whatever follows in q, and is masked only where q ends
        int wholeUpTo = q.length - L;
        for (int l = 0; l < k; l++) {
            int row = qOff + l * ldq;
            var b = row <= wholeUpTo ? DoubleVector.fromArray(S, q, row) : DoubleVector.fromArray(S, q, row, mask);
            c0 = DoubleVector.broadcast(S, pp[ppOff + 2 * l]).fma(b, c0);
            c1 = DoubleVector.broadcast(S, pp[ppOff + 2 * l + 1]).fma(b, c1);
        }
        if (colStride == 1) {
            c0.intoArray(c, at, mask);
            if (live == 2) {
                c1.intoArray(c, at + rowStride, mask);
            }
            return;
        }
        c0.intoArray(tile, 0);
        c1.intoArray(tile, TILE);
        scatter(tile, mask.trueCount(), c, at, rowStride, colStride, live);
    }

    /** Stores the first {@code width} columns of the live rows of a two-row tile into strided C. */
    private static void scatter(double[] tile, int width, double[] c, int at, int rowStride, int colStride, int live) {
        for (int r = 0; r < live; r++) {
            for (int j = 0; j < width; j++) {
                c[at + r * rowStride + j * colStride] = tile[r * TILE + j];
            }
        }
    }

    // ---- dot products ---------------------------------------------------------------------

    /** C(i, j) = A(i, :) · B(j, :), A not transposed and B transposed: both contiguous along l. */
    private static void dots(Parallel parallel, Gemm.Operand a, Gemm.Operand b, int m, int n, int k, double[] c, int cOff) {
        parallel.range(m, grain((long) n * k), (from, to) -> {
            double[] ad = a.data();
            double[] bd = b.data();
            double[] lanes = new double[L];
            int full = S.loopBound(k);
            VectorMask<Double> tail = S.indexInRange(full, k);
            for (int i = from; i < to; i++) {
                int ai = a.offset() + i * a.ld();
                for (int j = 0; j < n; j++) {
                    int bj = b.offset() + j * b.ld();
                    var acc = DoubleVector.zero(S);
                    int l = 0;
                    for (; l < full; l += L) {
                        acc = DoubleVector.fromArray(S, ad, ai + l).fma(DoubleVector.fromArray(S, bd, bj + l), acc);
                    }
                    if (l < k) {
                        acc = DoubleVector.fromArray(S, ad, ai + l, tail).fma(DoubleVector.fromArray(S, bd, bj + l, tail), acc);
                    }
                    acc.intoArray(lanes, 0);
                    double sum = 0;
                    for (double v : lanes) {
                        sum += v;
                    }
                    c[cOff + i * n + j] = sum;
                }
            }
        });
    }
}
