// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dense matrix product {@code C = op(A) · op(B)} by the Goto–van de Geijn scheme: blocks of
 * {@code op(B)} ({@value #KC} × up to {@value #NC}) and of {@code op(A)} ({@value #MC} ×
 * {@value #KC}) are packed into contiguous panels, so the transposes cost nothing in the inner
 * loop, and a register-blocked micro-kernel accumulates a {@value #MR} × 3-vector tile of C with
 * fused multiply-adds (18 accumulators, 3 loads of B and 6 broadcasts of A per step of k).
 *
 * <p>The block sizes were tuned on an AVX-512 AMD Zen 5 core (48 KiB L1, 1 MiB L2): a deep
 * {@value #KC} amortizes the updates of C and the packing, the B micro-panel streams from L2 and
 * the A block stays there.
 *
 * <p>Threads split C into fixed contiguous ranges of whole micro-panels, of rows when C is tall
 * and of columns otherwise; each element of C is summed in the same order whatever the thread
 * count, so results are reproducible bit for bit.
 *
 * <p>Products with a small dimension go to {@link NarrowGemm} instead.
 *
 * <p>Reference: K. Goto and R. A. van de Geijn, "Anatomy of high-performance matrix
 * multiplication", ACM TOMS 34(3), 2008.
 */
final class Gemm {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the micro-tile. */
    static final int MR = 6;
    /** Columns of the micro-tile: three vectors. */
    static final int NR = 3 * L;
    /** Depth of a packed block. */
    static final int KC = 512;
    /** Rows of a packed A block, which stays in L2. A multiple of MR. */
    static final int MC = 96;
    /** Columns of a packed B block. */
    static final int NC = 1536;
    /** Products with fewer multiply-adds run on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 22;

    /** Each thread's packing buffers, kept between calls so that large products allocate nothing. */
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private Gemm() {}

    /** Packing buffers that grow to the largest size asked of them. */
    private static final class Workspace {
        private double[] a = new double[0];
        private double[] b = new double[0];
        private final double[] tile = new double[MR * NR];

        double[] a(int size) {
            if (a.length < size) {
                a = new double[size];
            }
            return a;
        }

        double[] b(int size) {
            if (b.length < size) {
                b = new double[size];
            }
            return b;
        }
    }

    /** A matrix operand: storage, offset, stored row length, and whether it is used transposed. */
    record Operand(double[] data, int offset, int ld, boolean trans) {}

    /**
     * Writes {@code op(A) · op(B)} (m × n, inner size k) into {@code c} at {@code cOff}, row length n,
     * overwriting what was there.
     */
    static void multiply(Parallel parallel, Operand a, Operand b, int m, int n, int k, double[] c, int cOff) {
        if (NarrowGemm.multiply(parallel, a, b, m, n, k, c, cOff)) {
            return;
        }
        if ((long) m * n * k < PARALLEL_WORK) {
            block(a, b, n, k, c, cOff, 0, m, 0, n);
        } else if (m > n) {
            // tall C (a batch times a weight matrix): each thread takes whole micro-panels of rows
            parallel.range(m, MR, MR, (from, to) -> block(a, b, n, k, c, cOff, from, to, 0, n));
        } else {
            parallel.range(n, NR, NR, (from, to) -> block(a, b, n, k, c, cOff, 0, m, from, to));
        }
    }

    /**
     * The block [i0, i1) × [j0, j1) of C (row length n). Every element is summed in the same order
     * whatever the block, so any split into blocks gives the same bits.
     */
    private static void block(Operand a, Operand b, int n, int k, double[] c, int cOff, int i0, int i1, int j0, int j1) {
        if (k == 0) {
            for (int i = i0; i < i1; i++) {
                Arrays.fill(c, cOff + i * n + j0, cOff + i * n + j1, 0);
            }
            return;
        }
        Workspace w = WORKSPACE.get();
        double[] bPack = w.b(KC * roundUp(Math.min(NC, j1 - j0), NR));
        double[] aPack = w.a(roundUp(Math.min(MC, i1 - i0), MR) * KC);
        double[] tile = w.tile;
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                boolean first = pc == 0;
                packB(b, pc, kc, jc, nc, bPack);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    packA(a, ic, mc, pc, kc, aPack);
                    for (int jr = 0; jr < nc; jr += NR) {
                        int nr = Math.min(NR, nc - jr);
                        int bOff = jr * kc;
                        for (int ir = 0; ir < mc; ir += MR) {
                            int mr = Math.min(MR, mc - ir);
                            int aOff = ir * kc;
                            int cAt = cOff + (ic + ir) * n + jc + jr;
                            kernel(kc, aPack, aOff, bPack, bOff, tile);
                            accumulate(tile, c, cAt, n, mr, nr, first);
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }

    /** Packs op(A)[ic, ic + mc) × [pc, pc + kc) into micro-panels of MR rows, zero-padded, k-major. */
    private static void packA(Operand a, int ic, int mc, int pc, int kc, double[] out) {
        double[] d = a.data();
        int ld = a.ld();
        for (int ir = 0; ir < mc; ir += MR) {
            int mr = Math.min(MR, mc - ir);
            int base = ir * kc;
            if (mr < MR) {
                Arrays.fill(out, base, base + kc * MR, 0);
            }
            if (a.trans()) {
                // op(A)(i, l) = A(l, i): the MR values of one l are contiguous
                for (int l = 0; l < kc; l++) {
                    int src = a.offset() + (pc + l) * ld + ic + ir;
                    int dst = base + l * MR;
                    for (int r = 0; r < mr; r++) {
                        out[dst + r] = d[src + r];
                    }
                }
            } else {
                // read the mr rows side by side, write the panel in order
                int src = a.offset() + (ic + ir) * ld + pc;
                for (int l = 0; l < kc; l++) {
                    int dst = base + l * MR;
                    for (int r = 0; r < mr; r++) {
                        out[dst + r] = d[src + r * ld + l];
                    }
                }
            }
        }
    }

    /** Packs op(B)[pc, pc + kc) × [jc, jc + nc) into micro-panels of NR columns, zero-padded, k-major. */
    private static void packB(Operand b, int pc, int kc, int jc, int nc, double[] out) {
        double[] d = b.data();
        int ld = b.ld();
        int full = nc / NR * NR;
        if (full < nc) {
            Arrays.fill(out, full * kc, full * kc + kc * NR, 0);
        }
        if (b.trans()) {
            // op(B)(l, j) = B(j, l): one column of a panel is a contiguous run of a row of B
            for (int j = 0; j < nc; j++) {
                int src = b.offset() + (jc + j) * ld + pc;
                int dst = j / NR * NR * kc + j % NR;
                for (int l = 0; l < kc; l++) {
                    out[dst + l * NR] = d[src + l];
                }
            }
            return;
        }
        // one row of op(B) at a time, read in order, dealt out to the panels
        for (int l = 0; l < kc; l++) {
            int src = b.offset() + (pc + l) * ld + jc;
            int jr = 0;
            for (; jr < full; jr += NR) {
                System.arraycopy(d, src + jr, out, jr * kc + l * NR, NR);
            }
            if (jr < nc) {
                System.arraycopy(d, src + jr, out, jr * kc + l * NR, nc - jr);
            }
        }
    }

    /**
     * The micro-kernel: the MR × NR tile {@code Σ_l A[:, l] B[l, :]} over kc packed columns, written
     * row-major into {@code tile}. Kept small (no stores into C, no branches) so that the JIT keeps
     * all eighteen accumulators in registers.
     */
    private static void kernel(int kc, double[] ap, int ao, double[] bp, int bo, double[] tile) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00;
        DoubleVector c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c20 = c00, c21 = c00, c22 = c00;
        DoubleVector c30 = c00, c31 = c00, c32 = c00;
        DoubleVector c40 = c00, c41 = c00, c42 = c00;
        DoubleVector c50 = c00, c51 = c00, c52 = c00;
        for (int l = 0; l < kc; l++, ao += MR, bo += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bo + L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bo + 2 * L);
            DoubleVector a = DoubleVector.broadcast(S, ap[ao]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            c02 = a.fma(b2, c02);
            a = DoubleVector.broadcast(S, ap[ao + 1]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            c12 = a.fma(b2, c12);
            a = DoubleVector.broadcast(S, ap[ao + 2]);
            c20 = a.fma(b0, c20);
            c21 = a.fma(b1, c21);
            c22 = a.fma(b2, c22);
            a = DoubleVector.broadcast(S, ap[ao + 3]);
            c30 = a.fma(b0, c30);
            c31 = a.fma(b1, c31);
            c32 = a.fma(b2, c32);
            a = DoubleVector.broadcast(S, ap[ao + 4]);
            c40 = a.fma(b0, c40);
            c41 = a.fma(b1, c41);
            c42 = a.fma(b2, c42);
            a = DoubleVector.broadcast(S, ap[ao + 5]);
            c50 = a.fma(b0, c50);
            c51 = a.fma(b1, c51);
            c52 = a.fma(b2, c52);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c02.intoArray(tile, 2 * L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c12.intoArray(tile, NR + 2 * L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c22.intoArray(tile, 2 * NR + 2 * L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c32.intoArray(tile, 3 * NR + 2 * L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c42.intoArray(tile, 4 * NR + 2 * L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        c52.intoArray(tile, 5 * NR + 2 * L);
    }

    /** Stores (first k-block) or adds the valid mr × nr part of a tile into C at {@code at}, row length ldc. */
    private static void accumulate(double[] tile, double[] c, int at, int ldc, int mr, int nr, boolean first) {
        for (int r = 0; r < mr; r++) {
            int t = r * NR;
            int o = at + r * ldc;
            int q = 0;
            for (; q < nr; q += L) {
                var m = S.indexInRange(q, nr);
                var v = DoubleVector.fromArray(S, tile, t + q);
                if (!first) {
                    v = v.add(DoubleVector.fromArray(S, c, o + q, m));
                }
                v.intoArray(c, o + q, m);
            }
        }
    }
}
