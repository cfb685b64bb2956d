// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.integrators.imex.ImexTableau;
import org.junit.jupiter.api.Test;

class DiscretizationFloorTest {

    @Test
    void stabilityFunctionOfImexEulerIsTheBackwardEulerFactor() {
        for (double z : new double[] {-0.1, -1, -7}) {
            assertEquals(1 / (1 - z), DiscretizationFloor.stability(ImexTableau.EULER, z), 1e-15);
        }
    }

    @Test
    void ssp2StabilityFunctionMatchesExpToSecondOrder() {
        double d1 = DiscretizationFloor.stability(ImexTableau.SSP2_222, -0.02) - Math.exp(-0.02);
        double d2 = DiscretizationFloor.stability(ImexTableau.SSP2_222, -0.01) - Math.exp(-0.01);
        assertEquals(8, d1 / d2, 0.1); // local error O(z³)
        assertEquals(0, DiscretizationFloor.stability(ImexTableau.SSP2_222, -1e9), 1e-8); // L-stable
    }

    @Test
    void floorSolvesTheMatchingCondition() {
        for (double lambda : new double[] {-1, -2.0 / 3, -5}) {
            for (int m : new int[] {1, 3}) {
                double hat = DiscretizationFloor.ssp2(lambda, 0.25, m);
                assertEquals(Math.exp(lambda * 0.25 / m),
                        DiscretizationFloor.stability(ImexTableau.SSP2_222, hat * 0.25 / m), 1e-13);
            }
        }
    }

    /** One step of Δt = 1/4: the values of Grad's Table 1 floor, −0.99742 and −0.66591. */
    @Test
    void gradTableFloorWithOneStep() {
        assertEquals(-0.99742, DiscretizationFloor.ssp2(-1, 0.25, 1), 5e-6);
        assertEquals(-0.66591, DiscretizationFloor.ssp2(-2.0 / 3, 0.25, 1), 5e-6);
    }

    /** The floor error falls as h²: four times smaller per doubling of the sub-steps. */
    @Test
    void floorErrorFallsQuadraticallyWithSubsteps() {
        double e1 = Math.abs(DiscretizationFloor.ssp2(-1, 0.5, 2) + 1);
        double e2 = Math.abs(DiscretizationFloor.ssp2(-1, 0.5, 4) + 1);
        assertEquals(4, e1 / e2, 0.2);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DiscretizationFloor.ssp2(1, 0.25, 1));
        assertThrows(IllegalArgumentException.class, () -> DiscretizationFloor.ssp2(-1, 0.25, 0));
    }
}
