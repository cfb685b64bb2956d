// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fsnn.training.metrics.EpsMetrics;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    @Test
    void jsonRoundTripKeepsNonFiniteValues() {
        RunMetrics m = new RunMetrics(1e-3, 12.5, 0.5, 0.05, List.of(new EpsMetrics(0.01, Double.NaN, 3, 0.1),
                new EpsMetrics(0.05, 2e-4, Double.POSITIVE_INFINITY, 0.2)));
        RunMetrics back = RunMetrics.fromJson(m.toJson());
        assertEquals(m, back);
        assertEquals("Infinity", m.toJson().get("eig_fast_mae").asText());
    }

    @Test
    void headlineIsTheRowAtTheHeadlineEpsElseTheMean() {
        EpsMetrics a = new EpsMetrics(0.01, 1, 10, 0.1);
        EpsMetrics b = new EpsMetrics(0.05, 3, 20, 0.3);
        assertEquals(b, new RunMetrics(0, 0, 0, 0.05, List.of(a, b)).headline());
        EpsMetrics mean = new RunMetrics(0, 0, 0, 0.07, List.of(a, b)).headline();
        assertTrue(Double.isNaN(mean.eps()));
        assertEquals(2, mean.rolloutL2(), 1e-15);
        assertEquals(15, mean.eigFastMae(), 1e-15);
        assertEquals(0.2, mean.eigSlowMae(), 1e-15);
    }
}
