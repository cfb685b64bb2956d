// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentJsonTest {

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> ExperimentJson.parse(json)).getMessage();
    }

    @Test
    void writtenExperimentReadsBackEqual() {
        Experiment e = Experiment.builder("round-trip").system(new SystemSpec("davis-skodje", Map.of()))
                .epsGrid(List.of(0.01, 0.05)).transform("asinh-mad")
                .data(new DataSpec(3, 2.0, 0.05, "burst", 1e-3, "fuzzy-cloud", new CloudSpec(2, 0.01, 0.1, 0.4,
                        "rel", 3)))
                .model(new ModelSpec(List.of(16, 8), "silu")).optimizer(new AdamSpec(2e-3, 1.0))
                .training(new TrainingSpec(7, 64, 0.2, 2, 42))
                .evaluation(new EvaluationSpec(List.of(0.02), 0.02, 2, 0.02, 1.0, 9)).build();
        assertEquals(e, ExperimentJson.parse(ExperimentJson.write(e)));
    }

    @Test
    void aFinalLearningRateBelowTheFirstDecaysAlongACosineOverTheRun() {
        AdamSpec o = ExperimentJson.parse("{\"optimizer\": {\"learningRate\": 1e-3, \"finalLearningRate\": 1e-5}}")
                .optimizer();
        var schedule = o.schedule(101);
        assertEquals(1e-3, schedule.at(0), 0);
        assertEquals(0.5 * (1e-3 + 1e-5), schedule.at(50), 1e-18);
        assertEquals(1e-5, schedule.at(100), 1e-18);
        assertEquals(o, ExperimentJson.parse(ExperimentJson.write(Experiment.builder("d").optimizer(o).build())).optimizer());
        AdamSpec constant = ExperimentJson.parse("{\"optimizer\": {\"learningRate\": 2e-3}}").optimizer();
        assertEquals(2e-3, constant.finalLearningRate(), "without finalLearningRate the rate is constant");
        assertEquals(2e-3, constant.schedule(10).at(9), 0);
        assertEquals("$.optimizer.finalLearningRate: must be at most learningRate (0.001) for a decay, or equal to it for"
                + " none; got 0.01", error("{\"optimizer\": {\"finalLearningRate\": 1e-2}}"));
    }

    @Test
    void theTrainersOptimizerIsAdamWithTheClipAndTheScheduleOverTheRun() {
        var trainer = new AdamSpec(1e-3, 2.5, 1e-5).optimizer(11);
        assertEquals("adam", trainer.name());
        assertEquals(2.5, trainer.clipNorm(), 0);
        assertEquals(1e-3, trainer.learningRate().at(0), 0);
        assertEquals(1e-5, trainer.learningRate().at(10), 1e-18);
        assertEquals(0.9, trainer.b1(), 0);
        assertEquals(0.999, trainer.b2(), 0);
    }

    @Test
    void absentFieldsTakeTheBuilderDefaults() {
        assertEquals(Experiment.builder("x").build(), ExperimentJson.parse("{\"name\": \"x\"}"));
    }

    @Test
    void wrongTypeNamesThePathAndTheExpectedType() {
        assertEquals("$.training.epochs: expected an integer, got \"ten\"",
                error("{\"training\": {\"epochs\": \"ten\"}}"));
        assertEquals("$.training.epochs: expected an integer, got 2.5", error("{\"training\": {\"epochs\": 2.5}}"));
        assertEquals("$.epsGrid[1]: expected a number, got \"a\"", error("{\"epsGrid\": [0.1, \"a\"]}"));
        assertEquals("$.model: expected an object, got [1]", error("{\"model\": [1]}"));
        assertEquals("$.transform: expected a string, got 3", error("{\"transform\": 3}"));
    }

    @Test
    void unknownFieldNamesThePathAndTheKnownFields() {
        String m = error("{\"training\": {\"epoch\": 3}}");
        assertTrue(m.startsWith("$.training.epoch: unknown field; expected one of [batchSize,"), m);
        assertTrue(error("{\"nmae\": \"x\"}").startsWith("$.nmae: unknown field"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String m = error("{\n  \"name\": \"x\",,\n}");
        assertTrue(m.startsWith("invalid JSON at line 2, column"), m);
        assertFalse(m.contains("\n"), m);
        assertTrue(error("").startsWith("invalid JSON"));
        assertTrue(error("{} {}").startsWith("invalid JSON"));
    }

    @Test
    void outOfRangeValuesNameTheField() {
        assertEquals("$.training.epochs: must be at least 1, got 0", error("{\"training\": {\"epochs\": 0}}"));
        assertEquals("$.epsGrid[0]: must be a finite number > 0, got -0.1", error("{\"epsGrid\": [-0.1]}"));
        assertTrue(error("{\"data\": {\"labels\": \"guess\"}}").startsWith("$.data.labels: unknown label mode 'guess'; expected one of [direct, burst,"));
    }

    @Test
    void missingFileIsAOneLineError(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        assertEquals(file + ": no such config file",
                assertThrows(IllegalArgumentException.class, () -> ExperimentJson.read(file)).getMessage());
    }

    @Test
    void everyShippedConfigParses() throws IOException {
        Path experiments = Path.of("..", "experiments");
        try (Stream<Path> files = Files.list(experiments)) {
            List<Path> configs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(configs.size() >= 5, "shipped configs: " + configs);
            for (Path p : configs) {
                Experiment e = ExperimentJson.read(p);
                assertEquals(p.getFileName().toString().replace(".json", ""), e.name());
            }
        }
    }

    @Test
    void shippedConfigsEqualThePresets() {
        Path experiments = Path.of("..", "experiments");
        for (String config : Presets.TABLE1) {
            assertEquals(Presets.valorani(config), ExperimentJson.read(experiments.resolve("valorani-" + config + ".json")));
        }
        assertEquals(Presets.quickstart(), ExperimentJson.read(experiments.resolve("quickstart.json")));
    }

    @Test
    void withSeedRenamesAndReseeds() {
        Experiment e = Experiment.builder("base").build().withSeed(3);
        assertEquals("base-s3", e.name());
        assertEquals(3, e.training().seed());
    }
}
