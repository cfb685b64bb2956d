// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * The last, partial vector of a long elementwise kernel (exp, tanh, the logistic function and
 * their derivatives), computed through a function object, out of line.
 *
 * <p>Why: a second, inlined copy of a long vector function for the tail pushes the kernel past the
 * JIT's inlining budget, and then its main loop calls the function without inlining it, boxing every
 * vector (this made tanh six times slower). Out of line only the tail pays for the call. The loads
 * and stores are {@link Lanes}', which stay fast at an array's end.
 */
final class OutOfLineTail {
    private OutOfLineTail() {}

    /** {@code y[i] = f(x)[i]} for i in [from, to), fewer than one vector's lanes. */
    static void apply(double[] x, double[] y, int from, int to, UnaryOperator<DoubleVector> f) {
        VectorMask<Double> m = UnaryKernels.tail(from, to);
        Lanes.store(f.apply(Lanes.load(x, from, m)), y, from, m);
    }

    /** {@code y[i] = f(x, gy)[i]} for i in [from, to), fewer than one vector's lanes. */
    static void apply(double[] x, double[] gy, double[] y, int from, int to, BinaryOperator<DoubleVector> f) {
        VectorMask<Double> m = UnaryKernels.tail(from, to);
        Lanes.store(f.apply(Lanes.load(x, from, m), Lanes.load(gy, from, m)), y, from, m);
    }
}
