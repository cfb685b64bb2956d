// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** The GEMM epilogue {@code y = α·y + β·c} over a range, rounded as the reference rounds it (no fused multiply-add). */
final class Scaling {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Scaling() {}

    /** {@code y[i] = alpha·y[i] + beta·c[i]} for i in [from, to), or {@code alpha·y[i]} when c is null. */
    static void axpby(double alpha, double[] y, double beta, double[] c, int from, int to) {
        int bound = from + S.loopBound(to - from);
        int i = from;
        if (c == null) {
            for (; i < bound; i += L) {
                DoubleVector.fromArray(S, y, i).mul(alpha).intoArray(y, i);
            }
            for (; i < to; i++) {
                y[i] = alpha * y[i];
            }
            return;
        }
        for (; i < bound; i += L) {
            DoubleVector.fromArray(S, y, i).mul(alpha).add(DoubleVector.fromArray(S, c, i).mul(beta)).intoArray(y, i);
        }
        for (; i < to; i++) {
            y[i] = alpha * y[i] + beta * c[i];
        }
    }
}
