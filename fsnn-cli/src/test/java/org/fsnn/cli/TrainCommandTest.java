// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {
    /** A run that takes seconds: Davis–Skodje at two ε, exact labels, a tiny MLP, three epochs. */
    static final String TINY = """
            {"name": "tiny", "epsGrid": [0.05, 0.2],
             "data": {"trajectories": 2, "tEnd": 1.0, "dt": 0.05, "labels": "direct"},
             "model": {"hidden": [8, 8]}, "transform": "asinh-mad",
             "training": {"epochs": 3, "batchSize": 16, "checkpointInterval": 2, "seed": 3},
             "evaluation": {"trajectories": 2, "dt": 0.01, "tEnd": 0.5}}
            """;

    private static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void tinyTrainThenEvalWritesEveryFileOfTheRunDirectory(@TempDir Path tmp) throws IOException {
        Path config = write(tmp, "tiny.json", TINY);
        Path run = tmp.resolve("run");
        CliRun train = CliRun.fsnn("train", config.toString(), "--out", run.toString());
        assertEquals(0, train.status(), train.err());
        assertTrue(train.out().contains("rollout L2"), train.out());
        assertEquals(List.of("checkpoint.json", "config.json", "log.csv", "metrics.json", "plots", "report.md",
                "run.json"), entries(run));
        assertEquals(List.of("eigenvalues.png", "loss.png", "targets-hist.png", "targets-qq.png",
                "trajectories.png"), entries(run.resolve("plots")));
        String metrics = Files.readString(run.resolve("metrics.json"));
        for (String key : List.of("rollout_l2", "eig_fast_mae", "eig_slow_mae", "best_val_loss", "train_seconds",
                "per_eps")) {
            assertTrue(metrics.contains("\"" + key + "\""), key);
        }
        String provenance = Files.readString(run.resolve("run.json"));
        for (String key : List.of("gitRevision", "jdk", "os", "arch", "backend", "device", "seeds", "timings")) {
            assertTrue(provenance.contains("\"" + key + "\""), key);
        }
        String report = Files.readString(run.resolve("report.md"));
        assertTrue(report.contains("plots/eigenvalues.png") && report.contains("## Label floor"), report);
        assertEquals(4, Files.readAllLines(run.resolve("log.csv")).size(), "header and three epochs");
        assertEquals(List.of("run"), entries(tmp).stream().filter(n -> !n.endsWith(".json")).toList(),
                "no staging directory left behind");

        byte[] before = Files.readAllBytes(run.resolve("metrics.json"));
        CliRun eval = CliRun.fsnn("eval", run.toString());
        assertEquals(0, eval.status(), eval.err());
        assertEquals(new String(before).replaceAll("\"eval_seconds\" : [^,]*,", ""),
                Files.readString(run.resolve("metrics.json")).replaceAll("\"eval_seconds\" : [^,]*,", ""),
                "evaluating the saved model again gives the same metrics");

        CliRun export = CliRun.fsnn("export", run.toString(), "--format", "safetensors");
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.size(run.resolve("model.safetensors")) > 8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"training\": {\"epochs\": \"ten\"}}|$.training.epochs: expected an integer, got \"ten\"",
        "{\"training\": {\"epoch\": 3}}|$.training.epoch: unknown field",
        "{\"name\": \"x\",, }|invalid JSON at line 1",
        "{\"transform\": \"log\"}|no TargetTransformProvider named 'log'; known: [",
        "{\"loss\": \"l1\"}|no LossProvider named 'l1'; known: [",
        "{\"data\": {\"augmentation\": \"jitter\"}}|no AugmentationProvider named 'jitter'; known: [fuzzy-cloud]",
        "{\"data\": {\"cloud\": {\"offFraction\": 2}}}|$.data.cloud.offFraction: must be in [0, 1], got 2.0",
        "{\"system\": {\"name\": \"lorenz\"}}|no SystemProvider named 'lorenz'; known: [",
        "{\"model\": {\"hidden\": [8], \"activation\": \"nope\"}}|$.model",
    })
    void malformedConfigIsOneLineExitTwoAndNoRunDirectory(String json, String message, @TempDir Path tmp)
            throws IOException {
        Path config = write(tmp, "bad.json", json);
        Path run = tmp.resolve("run");
        CliRun r = CliRun.fsnn("train", config.toString(), "--out", run.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("fsnn: error: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(List.of("bad.json"), entries(tmp), "nothing written");
    }

    @Test
    void missingConfigFileIsOneLineExitTwo(@TempDir Path tmp) throws IOException {
        CliRun r = CliRun.fsnn("train", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("run").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nope.json: no such config file"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve("run")));
    }

    @Test
    void resumeContinuesFromTheCheckpointToTheConfiguredEpochs(@TempDir Path tmp) throws IOException {
        Path config = write(tmp, "tiny.json", TINY);
        Path run = tmp.resolve("run");
        assertEquals(0, CliRun.fsnn("train", config.toString(), "--out", run.toString()).status());
        // A longer budget in the run's own config stands for a run cut off after epoch 3.
        Path saved = run.resolve("config.json");
        Files.writeString(saved, Files.readString(saved).replace("\"epochs\" : 3", "\"epochs\" : 5"));
        CliRun r = CliRun.fsnn("train", "--resume", run.toString());
        assertEquals(0, r.status(), r.err());
        List<String> log = Files.readAllLines(run.resolve("log.csv"));
        assertEquals(6, log.size(), "header and epochs 1 to 5");
        assertTrue(log.get(5).startsWith("5,"), log.get(5));
        assertTrue(Files.readString(run.resolve("checkpoint.json")).contains("\"epoch\" : 5"));
    }

    @Test
    void resumeWithoutCheckpointIsOneLineExitTwo(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("config.json"), TINY);
        CliRun r = CliRun.fsnn("train", "--resume", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no checkpoint to resume from"), r.err());
    }

    @Test
    void existingOutputDirectoryIsRefused(@TempDir Path tmp) throws IOException {
        Path config = write(tmp, "tiny.json", TINY);
        Files.createDirectory(tmp.resolve("run"));
        CliRun r = CliRun.fsnn("train", config.toString(), "--out", tmp.resolve("run").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("exists already"), r.err());
    }

    @Test
    void exportOfADirectoryWithoutCheckpointIsOneLineExitTwo(@TempDir Path tmp) {
        CliRun r = CliRun.fsnn("export", tmp.toString(), "--format", "npz");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no checkpoint"), r.err());
        CliRun f = CliRun.fsnn("export", tmp.toString(), "--format", "hdf5");
        assertTrue(f.err().contains("unknown export format 'hdf5'; known: [npz, safetensors]"), f.err());
    }
}
