// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EigenvaluesTest {

    @Test
    void mismatchedPartsAreRejectedWithBothLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Eigenvalues(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("2 real, 3 imaginary"), e.getMessage());
    }

    @Test
    void partsAreCopiedInAndOut() {
        double[] re = {-1, -2};
        Eigenvalues e = new Eigenvalues(re, new double[] {0.5, -0.5});
        re[0] = 7;
        e.re()[1] = 9;
        assertArrayEquals(new double[] {-1, -2}, e.re());
    }

    @Test
    void sortedOrdersByRealThenImaginaryPartKeepingPairs() {
        Eigenvalues e = new Eigenvalues(new double[] {-1, -3, -1, 0}, new double[] {2, 0, -2, 0}).sorted();
        assertArrayEquals(new double[] {-3, -1, -1, 0}, e.re());
        assertArrayEquals(new double[] {0, -2, 2, 0}, e.im());
    }

    @Test
    void concatAndRepeatedBuildMultisets() {
        Eigenvalues e = Eigenvalues.concat(Eigenvalues.repeated(-1, 2), Eigenvalues.real(-0.5));
        assertEquals(Eigenvalues.real(-1, -1, -0.5), e);
        assertEquals(Eigenvalues.real(-1, -1, -0.5).hashCode(), e.hashCode());
        assertEquals("[-1.0, 2.0 - 3.0i]", new Eigenvalues(new double[] {-1, 2}, new double[] {0, -3}).toString());
    }
}
