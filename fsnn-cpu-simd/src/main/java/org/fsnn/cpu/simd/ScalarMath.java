// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.EnumSet;
import java.util.Set;
import org.fsnn.api.backend.UnaryOp;

/**
 * The elementwise functions that involve a transcendental function other than the exponential
 * and tanh, computed one element at a time with {@link Math}, exactly as the reference computes them.
 *
 * <p>Why not in vectors: the Vector API's transcendental functions are compiled to a vector math
 * library, but code that is not yet compiled falls back to {@link Math} lane by lane, and the two
 * differ in the last bit. A result would then depend on how far the JIT has got, and seeded runs
 * would not repeat bit for bit. {@link Math}'s own intrinsics give the same bits interpreted and
 * compiled. The vector versions are used when fast vector math is asked for (see
 * {@link SimdBackend}).
 */
final class ScalarMath {
    /**
     * Ops whose vector form uses only correctly rounded operations (the exponential is
     * {@link VectorExp}, tanh {@link VectorTanh}), so it gives the same bits however it runs.
     */
    private static final Set<UnaryOp> EXACT_VALUE = EnumSet.of(UnaryOp.NEG, UnaryOp.SQUARE, UnaryOp.SQRT, UnaryOp.EXP,
            UnaryOp.TANH, UnaryOp.SIGMOID, UnaryOp.SILU, UnaryOp.RELU, UnaryOp.ABS, UnaryOp.SIGN, UnaryOp.CLAMP, UnaryOp.AFFINE);
    /** Ops whose vector derivative uses only correctly rounded operations. */
    private static final Set<UnaryOp> EXACT_DERIVATIVE = EnumSet.of(UnaryOp.NEG, UnaryOp.SQUARE, UnaryOp.SQRT, UnaryOp.EXP,
            UnaryOp.LOG, UnaryOp.TANH, UnaryOp.SIGMOID, UnaryOp.SILU, UnaryOp.SOFTPLUS, UnaryOp.RELU, UnaryOp.ASINH, UnaryOp.ABS,
            UnaryOp.SIGN, UnaryOp.CLAMP, UnaryOp.AFFINE);

    private ScalarMath() {}

    /** Whether {@link UnaryKernels} computes {@code op} with the same bits however it runs. */
    static boolean exactInVectors(UnaryOp op) {
        return EXACT_VALUE.contains(op);
    }

    /** Whether {@link UnaryGradKernels} computes {@code op}'s derivative with the same bits however it runs. */
    static boolean exactDerivativeInVectors(UnaryOp op) {
        return EXACT_DERIVATIVE.contains(op);
    }

    /** {@code y[i] = op(x[i]; p, q)} for i in [from, to). */
    static void apply(UnaryOp op, double[] x, double[] y, int from, int to, double p, double q) {
        for (int i = from; i < to; i++) {
            y[i] = op.apply(x[i], p, q);
        }
    }

    /** {@code y[i] = gy[i] · op′(x[i]; p, q)} for i in [from, to). */
    static void derivative(UnaryOp op, double[] x, double[] gy, double[] y, int from, int to, double p, double q) {
        for (int i = from; i < to; i++) {
            y[i] = gy[i] * op.derivative(x[i], p, q);
        }
    }
}
