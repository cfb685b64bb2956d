// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.augment;

/**
 * An orthonormal basis of the complement of a unit vector t in R^d, from one Householder
 * reflection H = I − 2vvᵀ/(vᵀv) with v = t + sign(t₁)e₁: H is symmetric and orthogonal and maps
 * e₁ to −sign(t₁)t, so its other columns (equally, rows) 2..d span t's orthogonal complement. The
 * sign choice avoids cancellation, so the basis is orthonormal to round-off for every t; in 2-D
 * it is ±(−t₂, t₁), the paper's rotated tangent.
 */
final class NormalBasis {

    private NormalBasis() {
    }

    /**
     * Writes the d − 1 normals of the unit vector {@code t}, row by row, into {@code normals}
     * ({@code (d − 1) × d}).
     */
    static void complement(double[] t, double[] normals) {
        int d = t.length;
        double[] v = t.clone();
        v[0] += t[0] >= 0 ? 1 : -1;
        double vv = 0;
        for (double x : v) {
            vv += x * x;
        }
        for (int r = 1; r < d; r++) {
            for (int c = 0; c < d; c++) {
                normals[(r - 1) * d + c] = (r == c ? 1 : 0) - 2 * v[r] * v[c] / vv;
            }
        }
    }
}
