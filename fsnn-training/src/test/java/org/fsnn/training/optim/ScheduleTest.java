// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void exponentialDecayHalvesEveryTransitionPeriod() {
        Schedule s = Schedule.exponentialDecay(1e-2, 0.5, 100);
        assertEquals(1e-2, s.at(0), 0);
        assertEquals(5e-3, s.at(100), 1e-18);
        assertEquals(1e-2 * Math.sqrt(0.5), s.at(50), 1e-17);
    }

    @Test
    void cosineDecayGoesFromInitialToAlphaTimesInitial() {
        Schedule s = Schedule.cosineDecay(1.0, 10, 0.1);
        assertEquals(1.0, s.at(0), 1e-15);
        assertEquals(0.55, s.at(5), 1e-15);
        assertEquals(0.1, s.at(10), 1e-15);
        assertEquals(0.1, s.at(1000), 1e-15);
    }

    @Test
    void warmupRampsLinearlyThenFollowsTheSchedule() {
        Schedule s = Schedule.warmup(4, Schedule.exponentialDecay(1.0, 0.5, 1));
        assertEquals(0.25, s.at(0), 0);
        assertEquals(1.0, s.at(3), 0);
        assertEquals(1.0, s.at(4), 0);
        assertEquals(0.5, s.at(5), 0);
    }

    @Test
    void parsesNumbersAndObjectsAndNamesBadTypes() {
        assertEquals(3e-4, Schedule.parse(ConfigNode.of(Map.of("lr", 3e-4)), "lr").at(7), 0);
        Schedule cos = Schedule.parse(ConfigNode.of(Map.of("lr", Map.of("type", "cosine", "initial", 1, "decaySteps", 10,
                "warmupSteps", 2))), "lr");
        assertEquals(0.5, cos.at(0), 0);
        assertEquals(1.0, cos.at(2), 1e-15);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Schedule.parse(ConfigNode.of(Map.of("lr", Map.of("type", "step"))), "lr"));
        assertTrue(e.getMessage().contains("$.lr.type") && e.getMessage().contains("cosine"), e.getMessage());
    }
}
