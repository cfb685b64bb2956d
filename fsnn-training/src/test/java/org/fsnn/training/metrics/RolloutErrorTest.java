// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RolloutErrorTest {

    @Test
    void constantOffsetGivesItsNorm() {
        double[][] ref = {{0, 0}, {1, 2}, {3, 4}};
        double[][] learned = {{3, 4}, {4, 6}, {6, 8}};
        assertEquals(5.0, RolloutError.l2(learned, ref), 1e-15);
    }

    @Test
    void singleDeviationIsAveragedOverAllPoints() {
        // One point off by (3, 4) among N + 1 = 4: sqrt(25 / 4) = 2.5.
        double[][] ref = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
        double[][] learned = {{1, 1}, {4, 5}, {1, 1}, {1, 1}};
        assertEquals(2.5, RolloutError.l2(learned, ref), 1e-15);
    }

    @Test
    void batchMeanAveragesPerTrajectoryErrors() {
        // Two trajectories side by side: errors 5 (constant offset) and 0.
        double[][] ref = {{0, 0, 7, 7}, {0, 0, 7, 7}};
        double[][] learned = {{3, 4, 7, 7}, {3, 4, 7, 7}};
        assertEquals(2.5, RolloutError.meanL2(learned, ref, 2), 1e-15);
    }
}
