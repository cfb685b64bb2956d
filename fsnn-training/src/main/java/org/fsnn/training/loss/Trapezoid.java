// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import org.fsnn.api.tensor.Tensor;

/**
 * The trapezoidal time integral of FSNN eq. (4.2): Σ_{n<T} ½(e_{n+1} + e_n)(t_{n+1} − t_n)
 * = Σ_n w_n e_n with w_0 = ½(t_1 − t_0), w_n = ½(t_{n+1} − t_{n−1}), w_T = ½(t_T − t_{T−1}).
 */
public final class Trapezoid {
    private Trapezoid() {}

    /** The weights w_n per trajectory, {@code [b, T + 1]}, for times {@code [b, T + 1]}. */
    public static Tensor weights(Tensor times) {
        int b = times.dim(0);
        int n = times.dim(1);
        double[] t = times.toArray();
        double[] w = new double[t.length];
        for (int s = 0; s < b; s++) {
            int o = s * n;
            for (int k = 0; k < n - 1; k++) {
                double half = 0.5 * (t[o + k + 1] - t[o + k]);
                w[o + k] += half;
                w[o + k + 1] += half;
            }
        }
        return times.backend().fromArray(w, b, n);
    }
}
