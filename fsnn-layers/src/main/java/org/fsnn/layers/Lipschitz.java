// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;

/**
 * The bound map θ_L(s) = exp(log(L) · tanh(s)) of FSNN section 3.1, which takes any real s into
 * [1/L, L]: the singular values of a bLAT layer and the scales of an affine coupling layer.
 */
public final class Lipschitz {
    private Lipschitz() {}

    /** θ_L elementwise. */
    public static Var bound(Var s, double lipschitz) {
        return Ops.exp(Ops.mul(Ops.tanh(s), Math.log(lipschitz)));
    }

    /** The raw value s with θ_L(s) = value, for initialization; {@code value} must lie in (1/L, L), or be 1 when L = 1. */
    public static double unbound(double value, double lipschitz) {
        if (lipschitz == 1) {
            return 0;
        }
        return atanh(Math.log(value) / Math.log(lipschitz));
    }

    /**
     * Checks a Lipschitz constant from a config.
     *
     * @param where the config path, for the error message
     */
    public static double check(double lipschitz, String where) {
        if (!(lipschitz >= 1) || !Double.isFinite(lipschitz)) {
            throw new IllegalArgumentException(where + ": the Lipschitz constant L must be finite and >= 1, got " + lipschitz);
        }
        return lipschitz;
    }

    private static double atanh(double t) {
        return 0.5 * Math.log((1 + t) / (1 - t));
    }
}
