// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.LSHL;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;

/**
 * eˣ in vectors from correctly rounded operations only (add, multiply, fused multiply-add, integer
 * and bit operations), within one ulp of the exact value.
 *
 * <p>Why not the Vector API's {@code EXP}: compiled code calls a vector math library while code
 * not yet compiled falls back to {@link Math#exp} lane by lane, and the two differ in the last
 * bit, so results would depend on how far the JIT has got. Every operation used here is defined
 * to the bit by IEEE 754 and the Java language, so this gives the same bits interpreted, compiled,
 * and on every machine.
 *
 * <p>Method (Cody and Waite; Tang, ACM TOMS 15(2), 1989): n = round(x / ln 2), r = x − n·ln 2 in
 * two fused steps with ln 2 split in a high and a low part, so |r| ≤ ln 2 / 2 (plus a rounding);
 * eʳ by its Taylor polynomial of degree 13 (truncation below 2⁻⁶⁰ relative) in Horner form with
 * fused multiply-adds; then eˣ = eʳ · 2^⌊n/2⌋ · 2^(n − ⌊n/2⌋). Two power-of-two factors keep each
 * one normal for every n the clamped argument gives, so overflow to infinity and gradual
 * underflow to subnormals and zero come out of the last multiplication, rounded once.
 */
final class VectorExp {
    private static final double LOG2E = 0x1.71547652b82fep0;
    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    /** 1.5·2⁵²: adding it rounds a double of magnitude below 2⁵¹ to an integer held in the low bits. */
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** Beyond these, eˣ is +∞ or 0 in double; clamping keeps n small enough for the scaling. */
    private static final double MAX_ARG = 710;
    private static final double MIN_ARG = -746;
    /** Below this, eˣ − 1 rounds to −1 in double. */
    private static final double EXPM1_MIN_ARG = -40;
    /** The Taylor coefficients 1/k!, k = 2 … 13. */
    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5040;
    private static final double C8 = 1.0 / 40320;
    private static final double C9 = 1.0 / 362880;
    private static final double C10 = 1.0 / 3628800;
    private static final double C11 = 1.0 / 39916800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C13 = 1.0 / 6227020800.0;

    private VectorExp() {}

    /** eˣ lane by lane; NaN stays NaN, +∞ gives +∞, −∞ gives 0. */
    static DoubleVector exp(DoubleVector x) {
        // max and min keep NaN
        var a = x.max(MIN_ARG).min(MAX_ARG);
        var shifted = a.mul(LOG2E).add(SHIFTER);
        return scale(taylor(reduce(a, shifted)), shifted);
    }

    /**
     * eˣ − 1 lane by lane for x ≤ 0, within a few ulps and without the cancellation of eˣ − 1 near
     * 0: with x = n·ln 2 + r as in {@link #exp}, eˣ − 1 = 2ⁿ(eʳ − 1) + (2ⁿ − 1), where eʳ − 1 is the
     * Taylor polynomial without its constant term (so it is r itself, rounded once, for tiny r) and
     * the last step is one fused multiply-add. Below −40 the value rounds to −1, so x is clamped
     * there and 2ⁿ stays a normal double. NaN stays NaN; positive x is outside the contract.
     */
    static DoubleVector expm1NonPositive(DoubleVector x) {
        var a = x.max(EXPM1_MIN_ARG);
        var shifted = a.mul(LOG2E).add(SHIFTER);
        var r = reduce(a, shifted);
        var erMinusOne = taylorAboveOne(r).mul(r);
        var twoToN = shifted.viewAsIntegralLanes().sub(SHIFTER_BITS).add(1023).lanewise(LSHL, 52).viewAsFloatingLanes();
        return erMinusOne.fma(twoToN, twoToN.sub(1.0));
    }

    // The steps are separate methods so that each stays below the JIT's size limit for inlining a
    // hot method: a vector method that is not inlined boxes its vectors.

    /** r = a − n·ln 2, n held in {@code shifted}. */
    private static DoubleVector reduce(DoubleVector a, DoubleVector shifted) {
        var s = a.species();
        var minusN = shifted.sub(SHIFTER).neg();
        var r = minusN.fma(DoubleVector.broadcast(s, LN2_HI), a);
        return minusN.fma(DoubleVector.broadcast(s, LN2_LO), r);
    }

    /** Σ rᵏ/k! for k ≤ 13, by Horner's rule with fused multiply-adds. */
    private static DoubleVector taylor(DoubleVector r) {
        return taylorAboveOne(r).fma(r, DoubleVector.broadcast(r.species(), 1.0));
    }

    /** (Σ rᵏ/k! − 1)/r = Σ rᵏ⁻¹/k! for 1 ≤ k ≤ 13, by Horner's rule with fused multiply-adds. */
    private static DoubleVector taylorAboveOne(DoubleVector r) {
        var s = r.species();
        var p = DoubleVector.broadcast(s, C13).fma(r, DoubleVector.broadcast(s, C12));
        p = p.fma(r, DoubleVector.broadcast(s, C11));
        p = p.fma(r, DoubleVector.broadcast(s, C10));
        p = p.fma(r, DoubleVector.broadcast(s, C9));
        p = p.fma(r, DoubleVector.broadcast(s, C8));
        p = p.fma(r, DoubleVector.broadcast(s, C7));
        p = p.fma(r, DoubleVector.broadcast(s, C6));
        p = p.fma(r, DoubleVector.broadcast(s, C5));
        p = p.fma(r, DoubleVector.broadcast(s, C4));
        p = p.fma(r, DoubleVector.broadcast(s, C3));
        p = p.fma(r, DoubleVector.broadcast(s, C2));
        return p.fma(r, DoubleVector.broadcast(s, 1.0));
    }

    /** p · 2ⁿ as p · 2^⌊n/2⌋ · 2^(n − ⌊n/2⌋), n held in {@code shifted}. */
    private static DoubleVector scale(DoubleVector p, DoubleVector shifted) {
        LongVector n = shifted.viewAsIntegralLanes().sub(SHIFTER_BITS);
        LongVector n1 = n.lanewise(ASHR, 1);
        LongVector n2 = n.sub(n1);
        return p.mul(n1.add(1023).lanewise(LSHL, 52).viewAsFloatingLanes())
                .mul(n2.add(1023).lanewise(LSHL, 52).viewAsFloatingLanes());
    }
}
