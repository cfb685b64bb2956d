// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;

/** Eigenvalues computed independently by Hipparchus, and a multiset comparison. */
final class Spectra {
    private Spectra() {}

    /** The eigenvalues of the n×n row-major matrix {@code a}. */
    static Eigenvalues of(double[] a, int n) {
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        Complex[] values = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(rows)).getEigenvalues();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = values[i].getReal();
            im[i] = values[i].getImaginary();
        }
        return new Eigenvalues(re, im);
    }

    /** The square block of the analytic Jacobian at z starting at (from, from), of size n. */
    static double[] jacobianBlock(DynamicalSystem s, double[] z, int from, int n) {
        int d = s.dimension();
        double[] jac = new double[d * d];
        s.jacobian(0, z, jac);
        double[] out = new double[n * n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(jac, (from + r) * d + from, out, r * n, n);
        }
        return out;
    }

    /** Asserts equal multisets: each expected value is matched to a distinct actual one within tol. */
    static void assertSameMultiset(Eigenvalues expected, Eigenvalues actual, double tol) {
        assertEquals(expected.size(), actual.size(), "number of eigenvalues");
        double[] er = expected.re();
        double[] ei = expected.im();
        double[] ar = actual.re();
        double[] ai = actual.im();
        boolean[] used = new boolean[actual.size()];
        for (int i = 0; i < expected.size(); i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < actual.size(); j++) {
                double distance = Math.hypot(er[i] - ar[j], ei[i] - ai[j]);
                if (!used[j] && distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
            assertTrue(bestDistance <= tol, "eigenvalue " + er[i] + " + " + ei[i] + "i of " + expected
                    + " is " + bestDistance + " from the nearest unmatched one in " + actual);
            used[best] = true;
        }
    }
}
