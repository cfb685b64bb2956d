// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fsnn.training.experiment.DataSpec;
import org.fsnn.training.experiment.EvaluationSpec;
import org.fsnn.training.experiment.Experiment;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.experiment.ModelSpec;
import org.fsnn.training.experiment.TrainingSpec;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.metrics.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DavisSkodjeFsnnVsMlpReproductionTest {
    private static final List<Double> EPS = List.of(0.05, 0.2);

    private static Experiment tinyMlp(boolean cloud) {
        Experiment e = DavisSkodjeFsnnVsMlpReproduction.mlp(true, cloud, 1);
        DataSpec d = e.data();
        return e.toBuilder().epsGrid(EPS)
                .data(new DataSpec(1, 0.5, 0.05, d.labels(), d.burstTau(), d.augmentation(), d.cloud()))
                .model(new ModelSpec(List.of(8), "silu")).training(new TrainingSpec(2, 64, 0.1, 1, 1))
                .evaluation(new EvaluationSpec(EPS, 0.05, 1, 0.01, 0.1, 1234)).build();
    }

    @Test
    void writesTheRunDirectoryAndScoresBothModelsWithTheSameMetrics(@TempDir Path tmp) throws Exception {
        var r = new DavisSkodjeFsnnVsMlpReproduction();
        assertTrue(FsnnReproductions.NAMES.contains(r.name()));
        Path out = tmp.resolve("out");
        FsnnRunner runner = TestExperiments.runner();
        List<FsnnExperiment> fsnns = List.of(DavisSkodjeFsnnVsMlpReproduction.fsnn(true, false, 1, 1, 1),
                DavisSkodjeFsnnVsMlpReproduction.fsnn(true, true, 1, 1, 1));
        Path summary = r.run(true, fsnns, List.of(tinyMlp(false), tinyMlp(true)), out, runner,
                new PrintWriter(new StringWriter()));

        assertEquals(out.resolve("reproduce.md"), summary);
        assertTrue(Files.isRegularFile(out.resolve("plots/fsnn-vs-mlp.png")));
        for (String run : DavisSkodjeFsnnVsMlpReproduction.RUNS) {
            assertTrue(Files.isDirectory(out.resolve(run)), run + " has no run directory");
        }
        JsonNode m = ExperimentJson.mapper().readTree(out.resolve(FsnnRunner.METRICS).toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode run : m.get("runs")) {
            names.add(run.get("run").asText());
            assertEquals(EPS.size(), run.get("perEps").size(), run.get("run").asText());
            for (int i = 0; i < EPS.size(); i++) {
                JsonNode row = run.get("perEps").get(i);
                assertEquals(EPS.get(i), row.get("eps").asDouble());
                for (String key : List.of("rolloutL2", "eigFastMae", "eigSlowMae")) {
                    assertTrue(row.get(key).isNumber() && row.get(key).asDouble() >= 0, run + " " + key);
                }
            }
        }
        assertEquals(DavisSkodjeFsnnVsMlpReproduction.RUNS, names);
        String md = Files.readString(summary);
        for (String run : names) {
            assertTrue(md.contains("| " + run + " |"), run + " missing from the table");
        }

        // the FSNN rows are what the MLP's evaluator gives for the saved network
        FsnnModelField field = new FsnnModelField(runner.network(out.resolve("fsnn")), runner.backend(), true);
        EvaluationSpec spec = tinyMlp(false).evaluation();
        EpsMetrics again = new Evaluator(spec.trajectories(), spec.dt(), spec.tEnd(), spec.seed())
                .evaluate(DavisSkodjeFsnnVsMlpReproduction.physical().at(0.2), 0.2, field).metrics();
        JsonNode row = m.get("runs").get(0).get("perEps").get(1);
        assertEquals(again.rolloutL2(), row.get("rolloutL2").asDouble(), 1e-12 * again.rolloutL2());
        assertEquals(again.eigFastMae(), row.get("eigFastMae").asDouble(), 1e-12 * again.eigFastMae());
    }

    @Test
    void cloudAddsAsManyOffManifoldFastSequencesAsThereAre() {
        FsnnExperiment e = DavisSkodjeFsnnVsMlpReproduction.fsnn(true, true, 1, 1, 1);
        var base = e.data().generate(1, (a, b) -> { });
        var more = DavisSkodjeFsnnVsMlpReproduction.withCloud(base, e.data(),
                DavisSkodjeFsnnVsMlpReproduction.mlp(true, true, 1).data().cloud(), 1);
        int n = base.fast().count();
        assertEquals(2 * n, more.fast().count());
        assertEquals(base.slow().count(), more.slow().count());
        // the extra sequences start off the manifold: some |z − h(y)| well above the solver's noise
        double largest = 0;
        int p = more.fast().steps() + 1;
        for (int i = n; i < 2 * n; i++) {
            double y = more.fast().states()[i * p * 2];
            double z = more.fast().states()[i * p * 2 + 1];
            largest = Math.max(largest, Math.abs(z - y / (1 + y)));
        }
        assertTrue(largest > 0.05, "cloud starts lie on the manifold: largest offset " + largest);
    }
}
