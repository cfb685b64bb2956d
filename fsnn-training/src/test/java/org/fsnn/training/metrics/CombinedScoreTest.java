// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedScoreTest {

    @Test
    void equation32ByHand() {
        // Medians: rollout 2, fast 10, slow 0.1.
        List<CombinedScore.Errors> runs = List.of(new CombinedScore.Errors(1, 10, 0.1),
                new CombinedScore.Errors(2, 20, 0.1), new CombinedScore.Errors(4, 5, 0.3));
        double[] s = CombinedScore.of(runs);
        assertArrayEquals(new double[] {(0.5 + 1 + 1) / 3, (1 + 2 + 1) / 3.0, (2 + 0.5 + 3) / 3}, s, 1e-14);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, CombinedScore.median(new double[] {4, 1, 3, 2}), 0);
        assertEquals(3, CombinedScore.median(new double[] {5, 3, 1}), 0);
    }
}
