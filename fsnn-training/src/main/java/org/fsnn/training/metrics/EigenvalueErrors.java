// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import org.fsnn.api.system.Eigenvalues;

/**
 * The mean absolute eigenvalue errors of paper eq. 18 along a trajectory:
 * E_λ,fast = 1/(N+1) Σ_j |λ_fast(t_j) − λ*_fast| and the same for the slow eigenvalue.
 *
 * <p>At each point the learned eigenvalues are sorted by decreasing magnitude; the first n_f are
 * matched to the exact fast eigenvalues and the last n_s to the exact slow ones (each sorted the
 * same way), where n_f + n_s = d. With several eigenvalues in a block the point's error is the mean
 * of |λ − λ*| (complex modulus) over the block.
 */
public final class EigenvalueErrors {
    private double fastSum;
    private double slowSum;
    private int points;

    /** An empty accumulator. */
    public EigenvalueErrors() {
    }

    /** Adds one point: the learned spectrum and the exact fast and slow spectra. */
    public void add(Eigenvalues learned, Eigenvalues exactFast, Eigenvalues exactSlow) {
        int d = learned.size();
        int nf = exactFast.size();
        int ns = exactSlow.size();
        if (nf + ns != d) {
            throw new IllegalArgumentException("eigenvalue errors: " + d + " learned eigenvalues but " + nf
                    + " fast + " + ns + " slow exact ones");
        }
        Eigenvalues l = Spectra.sortByMagnitude(learned);
        Eigenvalues f = Spectra.sortByMagnitude(exactFast);
        Eigenvalues s = Spectra.sortByMagnitude(exactSlow);
        fastSum += meanDistance(l, 0, f);
        slowSum += meanDistance(l, nf, s);
        points++;
    }

    /** E_λ,fast over the points added; NaN before any. */
    public double fastMae() {
        return points == 0 ? Double.NaN : fastSum / points;
    }

    /** E_λ,slow over the points added; NaN before any. */
    public double slowMae() {
        return points == 0 ? Double.NaN : slowSum / points;
    }

    /** How many points were added. */
    public int points() {
        return points;
    }

    private static double meanDistance(Eigenvalues learned, int from, Eigenvalues exact) {
        double[] lr = learned.re();
        double[] li = learned.im();
        double[] er = exact.re();
        double[] ei = exact.im();
        double sum = 0;
        for (int i = 0; i < er.length; i++) {
            sum += Math.hypot(lr[from + i] - er[i], li[from + i] - ei[i]);
        }
        return sum / er.length;
    }
}
