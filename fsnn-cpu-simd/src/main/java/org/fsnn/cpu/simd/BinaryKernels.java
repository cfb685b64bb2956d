// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.fsnn.api.backend.BinaryOp;

/**
 * The functions of {@link BinaryOp} over a run of {@code n} elements, where either operand may be
 * a single value repeated (a broadcast): {@code y[yo + i] = op(a[ao + i or ao], b[bo + i or bo])}.
 *
 * <p>One method per op, each with one loop per operand pattern, so that the JIT sees a constant
 * vector operation in every loop; the last partial vector is done one element at a time.
 */
final class BinaryKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private BinaryKernels() {}

    /**
     * Applies {@code op} to {@code n} element pairs.
     *
     * @param aRepeat whether {@code a[ao]} stands for every element of {@code a}
     * @param bRepeat whether {@code b[bo]} stands for every element of {@code b}
     */
    static void apply(BinaryOp op, double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat,
            double[] y, int yo, int n) {
        switch (op) {
            case ADD -> add(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
            case SUB -> sub(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
            case MUL -> mul(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
            case DIV -> div(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
            case MAX -> max(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
            case MIN -> min(a, ao, aRepeat, b, bo, bRepeat, y, yo, n);
        }
    }

    private static void add(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.add(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.ADD, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).add(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.ADD, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).add(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.ADD, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    private static void sub(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.sub(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.SUB, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).sub(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.SUB, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).sub(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.SUB, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    private static void mul(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.mul(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MUL, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).mul(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MUL, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).mul(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MUL, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    private static void div(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.div(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.DIV, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).div(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.DIV, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).div(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.DIV, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    private static void max(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.max(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MAX, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).max(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MAX, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).max(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MAX, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    private static void min(double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat, double[] y, int yo,
            int n) {
        int bound = S.loopBound(n);
        int i = 0;
        if (aRepeat) {
            var av = DoubleVector.broadcast(S, a[ao]);
            for (; i < bound; i += L) {
                av.min(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MIN, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).min(bv).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MIN, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).min(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            scalarTail(BinaryOp.MIN, a, ao, aRepeat, b, bo, bRepeat, y, yo, i, n);
        }
    }

    /**
     * Elements {@code [from, n)} one at a time: the last partial vector. A masked vector access
     * whose window runs past the end of an array takes a slow, lane-by-lane path, which short rows
     * (a bias of width 10, say) would hit on every row; the scalar operation gives the same bits.
     */
    private static void scalarTail(BinaryOp op, double[] a, int ao, boolean aRepeat, double[] b, int bo, boolean bRepeat,
            double[] y, int yo, int from, int n) {
        for (int i = from; i < n; i++) {
            y[yo + i] = op.apply(aRepeat ? a[ao] : a[ao + i], bRepeat ? b[bo] : b[bo + i]);
        }
    }
}
