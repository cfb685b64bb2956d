// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorExp}: within one ulp of eˣ computed to 50 digits, the IEEE special cases, and the
 * same bits as the same operations done one at a time in scalar arithmetic (what makes it give the
 * same bits interpreted and compiled).
 */
class VectorExpTest {
    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680");

    private static double[] vectorExp(double[] x) {
        return VectorFunctions.apply(VectorExp::exp, x);
    }

    /** eˣ to 50 significant digits: 2ⁿ·eʳ with r = x − n·ln 2 and the Taylor series of eʳ. */
    private static BigDecimal exactExp(double x) {
        BigDecimal bx = new BigDecimal(x);
        int n = (int) Math.round(x / Math.log(2));
        BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(n)), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        BigDecimal two = BigDecimal.valueOf(2);
        return n >= 0 ? sum.multiply(two.pow(n), MC) : sum.divide(two.pow(-n), MC);
    }

    /** eˣ − 1 to 50 significant digits: its Taylor series for |x| < 1 (no cancellation), else {@link #exactExp} − 1. */
    private static BigDecimal exactExpm1(double x) {
        if (Math.abs(x) >= 1) {
            return exactExp(x).subtract(BigDecimal.ONE, MC);
        }
        BigDecimal bx = new BigDecimal(x);
        BigDecimal term = bx;
        BigDecimal sum = bx;
        for (int k = 2; k < 40; k++) {
            term = term.multiply(bx, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** The error of {@code y} in units of the last place of the exact value. */
    private static double ulps(double y, BigDecimal exact) {
        double ulp = Math.ulp(exact.doubleValue());
        return new BigDecimal(y).subtract(exact).abs().divide(new BigDecimal(ulp), MC).doubleValue();
    }

    @Test
    void withinOneUlpOfTheExactValueOverTheWholeRange() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 6000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (i % 3) {
                case 0 -> rng.nextDouble(-745.1, 709.78); // every exponent, subnormal results included
                case 1 -> rng.nextDouble(-2, 2);
                default -> rng.nextGaussian() * Math.pow(10, rng.nextInt(-12, 0));
            };
        }
        double[] y = vectorExp(x);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double e = ulps(y[i], exactExp(x[i]));
            assertTrue(e <= 1, "exp(" + x[i] + ") = " + y[i] + " is " + e + " ulp off");
            worst = Math.max(worst, e);
        }
        assertTrue(worst > 0, "no rounding error at all is not plausible for 6000 arguments");
    }

    @Test
    void expm1OfNonPositiveArgumentsIsWithinTwoUlpsOfTheExactValueWithoutCancellation() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 6000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (i % 3) {
                case 0 -> -rng.nextDouble(0, 60); // past the clamp at −40
                case 1 -> -rng.nextDouble(0, 1.5); // the n = 0, −1, −2 reductions
                default -> -Math.abs(rng.nextGaussian()) * Math.pow(10, rng.nextInt(-300, 0)); // where eˣ − 1 cancels
            };
        }
        double[] y = VectorFunctions.apply(VectorExp::expm1NonPositive, x);
        for (int k = 0; k < n; k++) {
            double e = ulps(y[k], exactExpm1(x[k]));
            assertTrue(e <= 2, "expm1(" + x[k] + ") = " + y[k] + " is " + e + " ulp off");
        }
        double[] ys = VectorFunctions.apply(VectorExp::expm1NonPositive,
                new double[] {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, -1e-320});
        assertEquals(0.0, Math.abs(ys[0]));
        assertEquals(0.0, Math.abs(ys[1]));
        assertTrue(Double.isNaN(ys[2]));
        assertEquals(-1.0, ys[3]);
        assertEquals(-1e-320, ys[4], "a subnormal argument is its own expm1");
    }

    @Test
    void specialValues() {
        double[] x = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 709.79, 1e300, -745.2,
            -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 1, -1};
        double[] y = vectorExp(x);
        assertEquals(1.0, y[0]);
        assertEquals(1.0, y[1]);
        assertTrue(Double.isNaN(y[2]));
        assertEquals(Double.POSITIVE_INFINITY, y[3]);
        assertEquals(0.0, y[4]);
        assertEquals(Double.POSITIVE_INFINITY, y[5]);
        assertEquals(Double.POSITIVE_INFINITY, y[6]);
        assertEquals(0.0, y[7]);
        assertEquals(0.0, y[8]);
        assertEquals(1.0, y[9]);
        assertEquals(1.0, y[10]);
        assertEquals(Math.E, y[11], Math.ulp(Math.E));
        assertEquals(1 / Math.E, y[12], Math.ulp(1 / Math.E));
    }

    /** The lanes equal the same IEEE operations applied one at a time, whatever the JIT did with the vectors. */
    @Test
    void sameBitsAsTheOperationsDoneOneAtATime() {
        SplittableRandom rng = new SplittableRandom(9);
        double[] x = new double[4099];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-750, 715);
        }
        for (int warm = 0; warm < 300; warm++) {
            vectorExp(x);
        }
        double[] y = vectorExp(x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToRawLongBits(scalarSteps(x[i])), Double.doubleToRawLongBits(y[i]), "exp(" + x[i] + ")");
        }
    }

    /** The algorithm of {@link VectorExp}, written out for one double. */
    private static double scalarSteps(double x) {
        double a = Math.min(Math.max(x, -746), 710);
        double shifted = a * 0x1.71547652b82fep0 + 0x1.8p52;
        double minusN = -(shifted - 0x1.8p52);
        double r = Math.fma(minusN, 0x1.62e42fefa39efp-1, a);
        r = Math.fma(minusN, 0x1.abc9e3b39803fp-56, r);
        double p = 1.0 / 6227020800.0;
        double[] c = {1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040, 1.0 / 720,
            1.0 / 120, 1.0 / 24, 1.0 / 6, 1.0 / 2, 1, 1};
        for (double ci : c) {
            p = Math.fma(p, r, ci);
        }
        long n = Double.doubleToRawLongBits(shifted) - Double.doubleToRawLongBits(0x1.8p52);
        long n1 = n >> 1;
        long n2 = n - n1;
        return p * Double.longBitsToDouble((n1 + 1023) << 52) * Double.longBitsToDouble((n2 + 1023) << 52);
    }
}
