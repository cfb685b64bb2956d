// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.junit.jupiter.api.Test;

/** {@link TrainerConfig#rescaledEpochs}: the epochs and the schedule's length scale together; the rest is kept. */
class TrainerConfigTest {

    @Test
    void cosineDecayStepsScaleWithTheEpochs() {
        Map<String, Object> training = Map.of("epochs", 300, "batchSize", 128, "optimizer",
                Map.of("clipNorm", 1.0, "learningRate", Map.of("type", "cosine", "initial", 3e-3, "decaySteps", 70500,
                        "alpha", 0.02)));
        Map<String, Object> cut = TrainerConfig.rescaledEpochs(training, 24);
        assertEquals(24, cut.get("epochs"));
        assertEquals(128, cut.get("batchSize"));
        Map<?, ?> optimizer = (Map<?, ?>) cut.get("optimizer");
        assertEquals(1.0, optimizer.get("clipNorm"));
        Map<?, ?> schedule = (Map<?, ?>) optimizer.get("learningRate");
        assertEquals(5640L, ((Number) schedule.get("decaySteps")).longValue(), "70500 · 24/300");
        assertEquals(0.02, schedule.get("alpha"));
        assertEquals(24, TrainerConfig.parse(ConfigNode.of("$", cut)).epochs());
    }

    @Test
    void exponentialTransitionScalesConstantRatesAndDefaultEpochsAreKnown() {
        Map<String, Object> exponential = Map.of("optimizer", Map.of("learningRate",
                Map.of("type", "exponential", "initial", 1e-2, "rate", 0.5, "transitionSteps", 1000)));
        Map<?, ?> schedule = (Map<?, ?>) ((Map<?, ?>) TrainerConfig.rescaledEpochs(exponential, 300).get("optimizer"))
                .get("learningRate");
        assertEquals(3000L, ((Number) schedule.get("transitionSteps")).longValue(), "100 epochs by default, so × 3");
        Map<String, Object> constant = Map.of("epochs", 10, "optimizer", Map.of("learningRate", 1e-3));
        assertEquals(Map.of("epochs", 1, "optimizer", Map.of("learningRate", 1e-3)),
                TrainerConfig.rescaledEpochs(constant, 1));
        Map<?, ?> tiny = (Map<?, ?>) ((Map<?, ?>) TrainerConfig.rescaledEpochs(Map.of("epochs", 300, "optimizer",
                Map.of("learningRate", Map.of("type", "cosine", "initial", 1e-3, "decaySteps", 10))), 1).get("optimizer"))
                .get("learningRate");
        assertEquals(1L, ((Number) tiny.get("decaySteps")).longValue(), "at least one step");
        assertThrows(IllegalArgumentException.class, () -> TrainerConfig.rescaledEpochs(constant, 0));
    }
}
