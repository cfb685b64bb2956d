// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import java.util.Arrays;
import java.util.Comparator;
import org.fsnn.api.system.Eigenvalues;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Eigenvalues of small real Jacobians sorted by decreasing magnitude, so the fast ones come
 * first: the closed form for 2×2 matrices, Hipparchus' {@link EigenDecompositionNonSymmetric}
 * above.
 */
public final class Spectra {
    private Spectra() {
    }

    /**
     * The eigenvalues of the row-major d×d matrix at {@code offset} in {@code jac}, by decreasing
     * |λ| (ties by real part).
     */
    public static Eigenvalues byMagnitude(double[] jac, int offset, int d) {
        double[] re = new double[d];
        double[] im = new double[d];
        if (d == 1) {
            re[0] = jac[offset];
        } else if (d == 2) {
            double a = jac[offset];
            double b = jac[offset + 1];
            double c = jac[offset + 2];
            double e = jac[offset + 3];
            double half = 0.5 * (a + e);
            double disc = 0.25 * (a - e) * (a - e) + b * c;
            if (disc >= 0) {
                // λ = half ± sqrt(disc), the larger-magnitude root first; the other from the
                // determinant to avoid cancellation.
                double root = Math.sqrt(disc);
                double big = half >= 0 ? half + root : half - root;
                re[0] = big;
                re[1] = big == 0 ? 0 : (a * e - b * c) / big;
            } else {
                re[0] = half;
                re[1] = half;
                im[0] = Math.sqrt(-disc);
                im[1] = -im[0];
            }
        } else {
            double[][] m = new double[d][d];
            for (int i = 0; i < d; i++) {
                System.arraycopy(jac, offset + i * d, m[i], 0, d);
            }
            Complex[] values = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(m)).getEigenvalues();
            for (int i = 0; i < d; i++) {
                re[i] = values[i].getReal();
                im[i] = values[i].getImaginary();
            }
        }
        return sortByMagnitude(new Eigenvalues(re, im));
    }

    /** The same multiset by decreasing |λ|, ties by increasing real part then imaginary part. */
    public static Eigenvalues sortByMagnitude(Eigenvalues values) {
        double[] re = values.re();
        double[] im = values.im();
        Integer[] order = new Integer[re.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -Math.hypot(re[i], im[i]))
                .thenComparingDouble(i -> re[i]).thenComparingDouble(i -> im[i]));
        double[] r = new double[re.length];
        double[] m = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            r[i] = re[order[i]];
            m[i] = im[order[i]];
        }
        return new Eigenvalues(r, m);
    }
}
