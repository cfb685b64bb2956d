// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The last, partial vector of an elementwise kernel, computed on a zero-padded copy.
 *
 * <p>Why not a masked load and store: when the partial vector reaches past the end of its array,
 * the Vector API checks the mask lane by lane in code the JIT does not compile to vector
 * instructions, and for the long functions (exp, tanh, the logistic function) the masked call also
 * pushes the kernel past the JIT's inlining budget. Lanes are independent, so the padded lanes
 * change no result.
 */
final class PaddedTail {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private PaddedTail() {}

    /** {@code y[i] = f(x)[i]} for i in [from, to), fewer than one vector's lanes. */
    static void apply(double[] x, double[] y, int from, int to, UnaryOperator<DoubleVector> f) {
        double[] buffer = new double[S.length()];
        System.arraycopy(x, from, buffer, 0, to - from);
        f.apply(DoubleVector.fromArray(S, buffer, 0)).intoArray(buffer, 0);
        System.arraycopy(buffer, 0, y, from, to - from);
    }

    /** {@code y[i] = f(x, gy)[i]} for i in [from, to), fewer than one vector's lanes. */
    static void apply(double[] x, double[] gy, double[] y, int from, int to, BinaryOperator<DoubleVector> f) {
        double[] xs = new double[S.length()];
        double[] gs = new double[S.length()];
        System.arraycopy(x, from, xs, 0, to - from);
        System.arraycopy(gy, from, gs, 0, to - from);
        f.apply(DoubleVector.fromArray(S, xs, 0), DoubleVector.fromArray(S, gs, 0)).intoArray(xs, 0);
        System.arraycopy(xs, 0, y, from, to - from);
    }
}
