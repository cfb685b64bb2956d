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
 * copy instead (a separate method, so that the common path stays small enough to inline).
 */
final class Lanes {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private Lanes() {}

    /** The lanes of {@code mask} (a prefix) from {@code a} at {@code at}, zero elsewhere. */
    static DoubleVector load(double[] a, int at, VectorMask<Double> mask) {
        return at + S.length() <= a.length ? DoubleVector.fromArray(S, a, at, mask) : loadPadded(a, at, mask);
    }

    /** Stores the lanes of {@code mask} (a prefix) of {@code v} into {@code a} at {@code at}. */
    static void store(DoubleVector v, double[] a, int at, VectorMask<Double> mask) {
        if (at + S.length() <= a.length) {
            v.intoArray(a, at, mask);
        } else {
            storePadded(v, a, at, mask);
        }
    }

    private static DoubleVector loadPadded(double[] a, int at, VectorMask<Double> mask) {
        double[] padded = new double[S.length()];
        System.arraycopy(a, at, padded, 0, mask.trueCount());
        return DoubleVector.fromArray(S, padded, 0);
    }

    private static void storePadded(DoubleVector v, double[] a, int at, VectorMask<Double> mask) {
        double[] padded = new double[S.length()];
        v.intoArray(padded, 0);
        System.arraycopy(padded, 0, a, at, mask.trueCount());
    }
}
