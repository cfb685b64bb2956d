// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.fsnn.api.backend.UnaryOp;
import org.junit.jupiter.api.Test;

/**
 * The Vector API's transcendental functions agree with the scalar definitions of {@link UnaryOp}
 * to a few ulps, far inside 1e-14 relative: the condition for computing them in vectors.
 *
 * <p>Each kernel is run repeatedly first, so that the JIT compiles it with the vector intrinsics:
 * the interpreter's fallback computes lane by lane with {@link Math} and would prove nothing.
 */
class VectorMathAccuracyTest {
    private static final double TOLERANCE = 1e-14;
    private static final int WARM_UP = 300;

    /** Inputs over many scales, positive only where the op needs it, plus the parameters the op takes. */
    private static double[] inputs(UnaryOp op, SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = rng.nextGaussian() * Math.pow(10, rng.nextInt(-3, 3));
            x[i] = switch (op) {
                case SQRT, LOG, POW -> Math.abs(v);
                case SINH, COSH, EXP -> Math.max(-700, Math.min(700, v));
                default -> v;
            };
        }
        return x;
    }

    @Test
    void everyOpAndDerivativeAgreesWithItsScalarDefinition() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 4099;
        for (UnaryOp op : UnaryOp.values()) {
            double[] x = inputs(op, rng, n);
            double[] gy = new double[n];
            java.util.Arrays.fill(gy, 1);
            double p = op == UnaryOp.POW ? 2.3 : op == UnaryOp.CLAMP ? -0.3 : op == UnaryOp.AFFINE ? 0.7 : 0;
            double q = op == UnaryOp.CLAMP ? 0.4 : op == UnaryOp.AFFINE ? -1.1 : 0;
            double[] y = new double[n];
            double[] dy = new double[n];
            for (int warm = 0; warm < WARM_UP; warm++) {
                UnaryKernels.apply(op, x, y, 0, n, p, q);
                UnaryGradKernels.apply(op, x, gy, dy, 0, n, p, q);
            }
            for (int i = 0; i < n; i++) {
                assertAgrees(op + "(" + x[i] + ")", op.apply(x[i], p, q), y[i], Double.MIN_NORMAL);
                // Derivatives such as 1 − tanh² cancel where they are tiny: compare them on the scale of 1.
                assertAgrees(op + "′(" + x[i] + ")", op.derivative(x[i], p, q), dy[i], 1);
            }
        }
    }

    /** Error relative to max(|expected|, floor). */
    private static void assertAgrees(String what, double expected, double actual, double floor) {
        if (Double.compare(expected, actual) == 0) {
            return;
        }
        double scale = Math.max(Math.abs(expected), floor);
        double error = Math.abs(actual - expected) / scale;
        assertTrue(error <= TOLERANCE || Math.abs(actual - expected) <= TOLERANCE * 1e-300,
                what + " = " + actual + ", scalar definition " + expected + ", relative error " + error);
    }
}
