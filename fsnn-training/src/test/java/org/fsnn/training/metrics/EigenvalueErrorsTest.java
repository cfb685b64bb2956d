// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fsnn.api.system.Eigenvalues;
import org.junit.jupiter.api.Test;

class EigenvalueErrorsTest {

    @Test
    void meanAbsoluteErrorsOfEquation18ByHand() {
        // Exact: fast -20, slow -1. Learned at three points: (-18, -1.5), (-21, -0.9), (-1.2, -20)
        // (the last given slow-first: sorting by magnitude must match -20 to fast).
        EigenvalueErrors e = new EigenvalueErrors();
        Eigenvalues fast = Eigenvalues.real(-20);
        Eigenvalues slow = Eigenvalues.real(-1);
        e.add(Eigenvalues.real(-18, -1.5), fast, slow);
        e.add(Eigenvalues.real(-21, -0.9), fast, slow);
        e.add(Eigenvalues.real(-1.2, -20), fast, slow);
        assertEquals((2 + 1 + 0) / 3.0, e.fastMae(), 1e-15);
        assertEquals((0.5 + 0.1 + 0.2) / 3.0, e.slowMae(), 1e-15);
        assertEquals(3, e.points());
    }

    @Test
    void complexLearnedEigenvaluesUseTheModulusOfTheDifference() {
        EigenvalueErrors e = new EigenvalueErrors();
        e.add(new Eigenvalues(new double[] {-5, -5}, new double[] {4, -4}), Eigenvalues.real(-8),
                Eigenvalues.real(-1));
        // Both have |λ| = sqrt(41); by the tie rule (-5, -4i) comes first: |(-5 - 4i) - (-8)| = 5.
        assertEquals(5, e.fastMae(), 1e-14);
        assertEquals(Math.hypot(4, 4), e.slowMae(), 1e-14);
    }

    @Test
    void blockSizesMustAddUpToTheDimension() {
        EigenvalueErrors e = new EigenvalueErrors();
        assertThrows(IllegalArgumentException.class,
                () -> e.add(Eigenvalues.real(-1, -2, -3), Eigenvalues.real(-3), Eigenvalues.real(-1)));
    }
}
