// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import jdk.incubator.vector.DoubleVector;

/**
 * tanh in vectors from correctly rounded operations and {@link VectorExp} only, within a few ulps,
 * with the same bits interpreted and compiled (the reason is given in {@link VectorExp}).
 *
 * <p>tanh|x| = −m / (2 + m) with m = e^(−2|x|) − 1 ({@link VectorExp#expm1NonPositive}): m is
 * accurate to a few ulps for every |x|, including the small |x| where 1 − e^(−2|x|) would cancel,
 * and 2 + m lies in (1, 2], so one formula serves the whole range. The sign of x is put back last,
 * so tanh is odd and tanh(−0) = −0.
 *
 * <p>One branch-free formula also keeps the compiled kernel small: with a second (series) branch
 * the JIT stopped inlining for size, and the vectors that then crossed a call were boxed, which
 * made tanh four times slower.
 */
final class VectorTanh {
    private VectorTanh() {}

    /** tanh lane by lane; NaN stays NaN, ±∞ gives ±1. */
    static DoubleVector tanh(DoubleVector x) {
        var m = VectorExp.expm1NonPositive(x.abs().mul(-2.0));
        var r = m.div(m.add(2.0)).abs(); // m ≤ 0 < 2 + m; abs also turns −0 into +0
        return r.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(Long.MIN_VALUE)).viewAsFloatingLanes();
    }
}
