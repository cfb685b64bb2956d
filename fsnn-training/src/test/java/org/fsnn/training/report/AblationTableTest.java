// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fsnn.training.metrics.EpsMetrics;
import org.junit.jupiter.api.Test;

class AblationTableTest {

    @Test
    void rankingAveragesScoresOverSeeds() {
        // Medians over the four rows: rollout 2, fast 2, slow 2.
        AblationTable t = new AblationTable(List.of(
                new AblationTable.Row("a", 1, "identity", "none", 0, new EpsMetrics(0.05, 1, 1, 1)),
                new AblationTable.Row("a", 2, "identity", "none", 0, new EpsMetrics(0.05, 1, 1, 1)),
                new AblationTable.Row("b", 1, "asinh-mad", "fuzzy-cloud", 0, new EpsMetrics(0.05, 3, 3, 3)),
                new AblationTable.Row("b", 2, "asinh-mad", "fuzzy-cloud", 0, new EpsMetrics(0.05, 3, 3, 3))));
        assertEquals(List.of("a", "b"), t.ranking().stream().map(java.util.Map.Entry::getKey).toList());
        assertEquals(0.5, t.ranking().get(0).getValue(), 1e-15);
        assertEquals(1.5, t.ranking().get(1).getValue(), 1e-15);
        assertEquals("b,2,asinh-mad,yes,0.000e+00,3.000e+00,3.000e+00,3.000e+00,1.500e+00",
                t.csv().lines().toList().get(4));
    }

    @Test
    void paperMeansAreTheSeedAveragesOfTable1() {
        assertEquals((9.973e-05 + 1.223e-04 + 1.385e-04) / 3, PaperTable1.MEANS.get("asinh-cloud").rolloutL2(), 1e-18);
        assertEquals((1.284e-01 + 1.445e-01 + 1.324e-01) / 3, PaperTable1.MEANS.get("asinh-cloud").eigFast(), 1e-15);
    }
}
