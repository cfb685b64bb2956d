// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link VectorTanh}: within a few ulps of {@link StrictMath#tanh} from subnormal to saturated arguments, odd, and the IEEE cases. */
class VectorTanhTest {
    /** fdlibm's tanh is within 1 ulp of the exact value, this one within 2.5: their sum bounds the difference. */
    private static final double ULPS = 3.5;

    private static double[] vectorTanh(double[] x) {
        return VectorFunctions.apply(VectorTanh::tanh, x);
    }

    @Test
    void withinAFewUlpsFromTinyToSaturatedArgumentsAndOdd() {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 20000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (i % 4) {
                case 0 -> rng.nextDouble(-0.3, 0.3); // where 1 − e^(−2|x|) would cancel
                case 1 -> rng.nextDouble(-0.31, 0.31) + (rng.nextBoolean() ? 0.35 : -0.35); // reductions with n = −1, −2
                case 2 -> rng.nextDouble(-25, 25);
                default -> rng.nextGaussian() * Math.pow(10, rng.nextInt(-300, 0));
            };
        }
        double[] y = vectorTanh(x);
        double[] negated = new double[n];
        for (int i = 0; i < n; i++) {
            negated[i] = -x[i];
        }
        double[] yNeg = vectorTanh(negated);
        for (int i = 0; i < n; i++) {
            double expected = StrictMath.tanh(x[i]);
            double ulps = Math.abs(y[i] - expected) / Math.ulp(expected);
            assertTrue(ulps <= ULPS, "tanh(" + x[i] + ") = " + y[i] + ", fdlibm " + expected + ": " + ulps + " ulp apart");
            assertEquals(-y[i], yNeg[i], "tanh is odd at " + x[i]);
        }
    }

    @Test
    void specialValues() {
        double[] y = vectorTanh(new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 400, -400});
        assertEquals(0.0, y[0]);
        assertEquals(-0.0, y[1]);
        assertTrue(Double.isNaN(y[2]));
        assertEquals(1.0, y[3]);
        assertEquals(-1.0, y[4]);
        assertEquals(1.0, y[5]);
        assertEquals(-1.0, y[6]);
    }
}
