// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** Applies a vector function to a whole array, the last partial vector masked, for the accuracy tests. */
final class VectorFunctions {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorFunctions() {}

    /** {@code f} lane by lane over {@code x}. */
    static double[] apply(UnaryOperator<DoubleVector> f, double[] x) {
        double[] y = new double[x.length];
        int i = 0;
        for (; i < S.loopBound(x.length); i += S.length()) {
            f.apply(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        var m = S.indexInRange(i, x.length);
        f.apply(DoubleVector.fromArray(S, x, i, m)).intoArray(y, i, m);
        return y;
    }
}
