// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.fsnn.api.system.Eigenvalues;
import org.junit.jupiter.api.Test;

class SpectraTest {

    @Test
    void twoByTwoRealEigenvaluesComeByDecreasingMagnitude() {
        // Lower triangular, as Davis–Skodje's Jacobian: eigenvalues -1 and -20.
        Eigenvalues e = Spectra.byMagnitude(new double[] {-1, 0, 5, -20}, 0, 2);
        assertArrayEquals(new double[] {-20, -1}, e.re(), 1e-14);
        assertArrayEquals(new double[] {0, 0}, e.im(), 0);
    }

    @Test
    void twoByTwoComplexPair() {
        // [[a, -b], [b, a]] has eigenvalues a ± i b.
        Eigenvalues e = Spectra.byMagnitude(new double[] {-2, -3, 3, -2}, 0, 2);
        assertArrayEquals(new double[] {-2, -2}, e.re(), 1e-14);
        assertArrayEquals(new double[] {-3, 3}, e.im(), 1e-14);
    }

    @Test
    void smallEigenvalueKeepsFullRelativeAccuracy() {
        // diag(1e8, 1e-8) rotated by 45 degrees: the small eigenvalue must not cancel away.
        double a = 0.5 * (1e8 + 1e-8);
        double b = 0.5 * (1e8 - 1e-8);
        Eigenvalues e = Spectra.byMagnitude(new double[] {a, b, b, a}, 0, 2);
        assertArrayEquals(new double[] {1e8, 1e-8}, e.re(), 1e-16 * 1e8 + 1e-22);
    }

    @Test
    void largerMatricesUseTheGeneralDecomposition() {
        double[] jac = {
            -3, 1, 0,
            0, -100, 2,
            0, 0, -0.5};
        Eigenvalues e = Spectra.byMagnitude(jac, 0, 3);
        assertArrayEquals(new double[] {-100, -3, -0.5}, e.re(), 1e-12);
    }

    @Test
    void readsTheMatrixAtAnOffset() {
        double[] two = {0, 0, 0, 0, -4, 0, 0, -2};
        assertArrayEquals(new double[] {-4, -2}, Spectra.byMagnitude(two, 4, 2).re(), 0);
    }
}
