// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;

/**
 * tanh in vectors from correctly rounded operations and {@link VectorExp} only, within a few ulps,
 * with the same bits interpreted and compiled (the reason is given in {@link VectorExp}).
 *
 * <p>For |x| &lt; {@value #SMALL}: the Taylor series x + Σ T₂ₖ₊₁ x²ᵏ⁺¹ up to x²³ (the next term
 * is below 5·10⁻¹⁸ relative), which avoids the cancellation of 1 − e⁻²|ˣ| near 0. Beyond:
 * (1 − t) / (1 + t) with t = e⁻²|ˣ| ≤ e^(−2·{@value #SMALL}), where 1 − t ≥ 0.45 keeps the error
 * of t from growing. The sign of x is put back last, so tanh is odd and tanh(−0) = −0.
 */
final class VectorTanh {
    /** Below this |x| the series is used. */
    private static final double SMALL = 0.3;
    private static final double T3 = -1.0 / 3.0;
    private static final double T5 = 2.0 / 15.0;
    private static final double T7 = -17.0 / 315.0;
    private static final double T9 = 62.0 / 2835.0;
    private static final double T11 = -1382.0 / 155925.0;
    private static final double T13 = 21844.0 / 6081075.0;
    private static final double T15 = -929569.0 / 638512875.0;
    private static final double T17 = 6404582.0 / 10854718875.0;
    private static final double T19 = -443861162.0 / 1856156927625.0;
    private static final double T21 = 18888466084.0 / 194896477400625.0;
    private static final double T23 = -113927491862.0 / 2900518163668125.0;

    private VectorTanh() {}

    /** tanh lane by lane; NaN stays NaN, ±∞ gives ±1. */
    static DoubleVector tanh(DoubleVector x) {
        var a = x.abs();
        var t = VectorExp.exp(a.mul(-2.0));
        var ratio = DoubleVector.broadcast(a.species(), 1.0).sub(t).div(t.add(1.0));
        var r = ratio.blend(series(a), a.compare(LT, SMALL));
        return r.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(Long.MIN_VALUE)).viewAsFloatingLanes();
    }

    /** The Taylor series at a ≥ 0; a separate method to stay small enough for the JIT to inline (see {@link VectorExp}). */
    private static DoubleVector series(DoubleVector a) {
        var s = a.species();
        var a2 = a.mul(a);
        var p = DoubleVector.broadcast(s, T23).fma(a2, DoubleVector.broadcast(s, T21));
        p = p.fma(a2, DoubleVector.broadcast(s, T19));
        p = p.fma(a2, DoubleVector.broadcast(s, T17));
        p = p.fma(a2, DoubleVector.broadcast(s, T15));
        p = p.fma(a2, DoubleVector.broadcast(s, T13));
        p = p.fma(a2, DoubleVector.broadcast(s, T11));
        p = p.fma(a2, DoubleVector.broadcast(s, T9));
        p = p.fma(a2, DoubleVector.broadcast(s, T7));
        p = p.fma(a2, DoubleVector.broadcast(s, T5));
        p = p.fma(a2, DoubleVector.broadcast(s, T3));
        return p.mul(a2).fma(a, a);
    }
}
