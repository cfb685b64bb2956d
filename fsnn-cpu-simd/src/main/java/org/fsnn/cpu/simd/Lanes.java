// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Masked loads and stores of a partial vector that stay fast at the end of an array.
 *
 * <p>A masked access whose whole vector lies inside the array is one instruction. One that reaches
 * past the array's end makes the Vector API check the mask lane by lane in code that is not
 * compiled to vector instructions, a few microseconds each time; the per-sample products and the
 * column sums meet it on the last sample of every call. Past the end these go through a padded
 * copy instead. No vector crosses a call that may stay out of line: the JIT would box it, and with
 * it the vector of the common path too (a 1000 × 5 slice ran 5 times slower that way).
 */
final class Lanes {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private Lanes() {}

    /** The lanes of {@code mask} (a prefix) from {@code a} at {@code at}, zero elsewhere. */
    static DoubleVector load(double[] a, int at, VectorMask<Double> mask) {
        if (at + S.length() <= a.length) {
            return DoubleVector.fromArray(S, a, at, mask);
        }
        return DoubleVector.fromArray(S, padded(a, at, mask.trueCount()), 0);
    }

    /** Stores the lanes of {@code mask} (a prefix) of {@code v} into {@code a} at {@code at}. */
    static void store(DoubleVector v, double[] a, int at, VectorMask<Double> mask) {
        if (at + S.length() <= a.length) {
            v.intoArray(a, at, mask);
            return;
        }
        double[] padded = new double[S.length()];
        v.intoArray(padded, 0);
        System.arraycopy(padded, 0, a, at, mask.trueCount());
    }

    /** {@code count} elements of {@code a} from {@code at}, zero-padded to a vector's length. */
    private static double[] padded(double[] a, int at, int count) {
        double[] padded = new double[S.length()];
        System.arraycopy(a, at, padded, 0, count);
        return padded;
    }
}
