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
 * vector operation in every loop; the last partial vector is masked.
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.add(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).add(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).add(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).add(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).add(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.sub(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).sub(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).sub(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).sub(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).sub(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.mul(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).mul(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).mul(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).mul(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).mul(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.div(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).div(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).div(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).div(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).div(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.max(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).max(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).max(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).max(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).max(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
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
            if (i < n) {
                var m = S.indexInRange(i, n);
                av.min(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        } else if (bRepeat) {
            var bv = DoubleVector.broadcast(S, b[bo]);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).min(bv).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).min(bv).intoArray(y, yo + i, m);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, a, ao + i).min(DoubleVector.fromArray(S, b, bo + i)).intoArray(y, yo + i);
            }
            if (i < n) {
                var m = S.indexInRange(i, n);
                DoubleVector.fromArray(S, a, ao + i, m).min(DoubleVector.fromArray(S, b, bo + i, m)).intoArray(y, yo + i, m);
            }
        }
    }
}
