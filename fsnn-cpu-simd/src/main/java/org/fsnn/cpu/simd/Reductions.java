// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.fsnn.api.backend.ReduceOp;

/**
 * Reductions along one axis of a tensor seen as {@code [outer, len, inner]}.
 *
 * <p>Along an inner axis ({@code inner > 1}) the vectors run across {@code inner}, and each output
 * is combined in the same order as the reference, so the result is the same bit for bit. Along
 * the last axis ({@code inner == 1}) a row is combined lane-wise and the lanes at the end, in
 * lane order (not with {@code reduceLanes}, whose order is unspecified and may change once the
 * JIT compiles it); a sum then differs from the sequential one by rounding only, the same way on
 * every run.
 */
final class Reductions {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Reductions() {}

    /** Rows {@code [from, to)} of the last-axis reduction: {@code out[o] = op(x[o·len … o·len + len))}. */
    static void lastAxis(ReduceOp op, double[] x, int len, double[] out, int from, int to) {
        double[] lanes = new double[L];
        for (int o = from; o < to; o++) {
            out[o] = switch (op) {
                case SUM -> sumRow(x, o * len, len, lanes);
                case MEAN -> sumRow(x, o * len, len, lanes) / len;
                case MAX -> maxRow(x, o * len, len);
                case MIN -> minRow(x, o * len, len);
            };
        }
    }

    /**
     * Outputs {@code [from, to)} of the flattened {@code [outer, inner]} result of an inner-axis
     * reduction, split into runs that stay within one {@code outer} index.
     */
    static void innerAxis(ReduceOp op, double[] x, int len, int inner, double[] out, int from, int to) {
        int at = from;
        while (at < to) {
            int o = at / inner;
            int n0 = at - o * inner;
            int n1 = Math.min(inner, n0 + (to - at));
            switch (op) {
                case SUM -> sumColumns(x, o, len, inner, n0, n1, out);
                case MEAN -> {
                    sumColumns(x, o, len, inner, n0, n1, out);
                    for (int n = n0; n < n1; n++) {
                        out[o * inner + n] /= len;
                    }
                }
                case MAX -> maxColumns(x, o, len, inner, n0, n1, out);
                case MIN -> minColumns(x, o, len, inner, n0, n1, out);
            }
            at += n1 - n0;
        }
    }

    private static double sumRow(double[] x, int off, int len, double[] lanes) {
        var acc = DoubleVector.broadcast(S, 0.0);
        int bound = S.loopBound(len);
        int i = 0;
        for (; i < bound; i += L) {
            acc = acc.add(DoubleVector.fromArray(S, x, off + i));
        }
        acc.intoArray(lanes, 0);
        double tail = 0;
        for (double lane : lanes) {
            tail += lane;
        }
        for (; i < len; i++) {
            tail = tail + x[off + i];
        }
        return tail;
    }

    private static void sumColumns(double[] x, int o, int len, int inner, int n0, int n1, double[] out) {
        int base = o * len * inner;
        int dst = o * inner;
        int n = n0;
        for (; n < n1; n += L) {
            var m = S.indexInRange(n - n0, n1 - n0);
            var acc = DoubleVector.broadcast(S, 0.0);
            for (int l = 0; l < len; l++) {
                acc = acc.add(Lanes.load(x, base + l * inner + n, m));
            }
            Lanes.store(acc, out, dst + n, m);
        }
    }

    private static double maxRow(double[] x, int off, int len) {
        var acc = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        int bound = S.loopBound(len);
        int i = 0;
        for (; i < bound; i += L) {
            acc = acc.max(DoubleVector.fromArray(S, x, off + i));
        }
        double tail = acc.reduceLanes(VectorOperators.MAX);
        for (; i < len; i++) {
            tail = Math.max(tail, x[off + i]);
        }
        return tail;
    }

    private static void maxColumns(double[] x, int o, int len, int inner, int n0, int n1, double[] out) {
        int base = o * len * inner;
        int dst = o * inner;
        int n = n0;
        for (; n < n1; n += L) {
            var m = S.indexInRange(n - n0, n1 - n0);
            var acc = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
            for (int l = 0; l < len; l++) {
                acc = acc.max(DoubleVector.fromArray(S, x, base + l * inner + n, m));
            }
            acc.intoArray(out, dst + n, m);
        }
    }

    private static double minRow(double[] x, int off, int len) {
        var acc = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
        int bound = S.loopBound(len);
        int i = 0;
        for (; i < bound; i += L) {
            acc = acc.min(DoubleVector.fromArray(S, x, off + i));
        }
        double tail = acc.reduceLanes(VectorOperators.MIN);
        for (; i < len; i++) {
            tail = Math.min(tail, x[off + i]);
        }
        return tail;
    }

    private static void minColumns(double[] x, int o, int len, int inner, int n0, int n1, double[] out) {
        int base = o * len * inner;
        int dst = o * inner;
        int n = n0;
        for (; n < n1; n += L) {
            var m = S.indexInRange(n - n0, n1 - n0);
            var acc = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
            for (int l = 0; l < len; l++) {
                acc = acc.min(DoubleVector.fromArray(S, x, base + l * inner + n, m));
            }
            acc.intoArray(out, dst + n, m);
        }
    }
}
