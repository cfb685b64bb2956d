// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import org.fsnn.integrators.imex.ImexTableau;

/**
 * The fast eigenvalue a perfectly fitted FSNN learns from exact data when its rollout steps an
 * IMEX scheme: on dy/dt = λ y, one step of size h multiplies y by R(λh), R the stability function
 * of the tableau's implicit part, while the data advance by e^{λh}. A model that reproduces the
 * data exactly therefore has λ̂ with R(λ̂h) = e^{λh}, h = Δt / substeps. |λ̂ − λ| is the floor
 * below which training cannot push the eigenvalue error; it shrinks as h³ (second-order scheme).
 */
public final class DiscretizationFloor {
    private DiscretizationFloor() {}

    /** R(z) = 1 + z bᵀ (I − zA)⁻¹ 𝟙 for real z, by forward substitution (A lower triangular). */
    public static double stability(ImexTableau tableau, double z) {
        int s = tableau.stages();
        double[] k = new double[s];
        double sum = 0;
        for (int i = 0; i < s; i++) {
            double rhs = 1;
            for (int j = 0; j < i; j++) {
                rhs += z * tableau.a(i, j) * k[j];
            }
            k[i] = rhs / (1 - z * tableau.a(i, i));
            sum += tableau.b(i) * k[i];
        }
        return 1 + z * sum;
    }

    /**
     * λ̂ with R(λ̂h) = e^{λh}, h = dt / substeps, for a real λ &lt; 0; NaN when no such λ̂ lies in
     * [4λ, λ/4] (a step far outside the scheme's accurate range).
     *
     * @param tableau the scheme
     * @param lambda the exact eigenvalue, negative
     * @param dt the data interval
     * @param substeps scheme steps per data interval, at least 1
     */
    public static double learned(ImexTableau tableau, double lambda, double dt, int substeps) {
        if (!(lambda < 0) || !(dt > 0) || substeps < 1) {
            throw new IllegalArgumentException("discretization floor: need lambda < 0, dt > 0 and substeps >= 1, got "
                    + lambda + ", " + dt + ", " + substeps);
        }
        double h = dt / substeps;
        double target = Math.exp(lambda * h);
        double lo = 4 * lambda;
        double hi = lambda / 4;
        double flo = stability(tableau, lo * h) - target;
        double fhi = stability(tableau, hi * h) - target;
        if (flo * fhi > 0) {
            return Double.NaN;
        }
        for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.abs(lambda); it++) {
            double mid = 0.5 * (lo + hi);
            double fm = stability(tableau, mid * h) - target;
            if ((fm < 0) == (flo < 0)) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** {@link #learned} for the FSNN's IMEX-SSP2(2,2,2). */
    public static double ssp2(double lambda, double dt, int substeps) {
        return learned(ImexTableau.SSP2_222, lambda, dt, substeps);
    }
}
