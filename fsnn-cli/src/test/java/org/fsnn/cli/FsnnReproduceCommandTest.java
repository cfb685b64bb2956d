// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backends;
import org.fsnn.training.data.EpsilonSampler;
import org.fsnn.training.data.SlowStart;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.fsnn.FsnnEvaluationSpec;
import org.fsnn.training.fsnn.FsnnExperiment;
import org.fsnn.training.fsnn.FsnnInit;
import org.fsnn.training.fsnn.FsnnReproductions;
import org.fsnn.training.fsnn.FsnnRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsnn reproduce} with the FSNN examples, and {@code fsnn eval} on an FSNN run. */
class FsnnReproduceCommandTest {

    @Test
    void unknownNameListsEveryReproduction() {
        CliRun r = CliRun.fsnn("reproduce", "no-such-example");
        assertNotEquals(0, r.status());
        for (String name : List.of("valorani-table1", "valorani-unseen-eps", "fsnn-random-init", "fsnn-simple-manifold",
                "fsnn-grad", "fsnn-lorenz96", "fsnn-abraham-lorentz", "davis-skodje-fsnn-vs-mlp")) {
            assertTrue(r.err().contains(name), r.err());
        }
        assertEquals(List.of("fsnn-random-init", "fsnn-simple-manifold", "fsnn-grad", "fsnn-lorenz96",
                "fsnn-abraham-lorentz", "davis-skodje-fsnn-vs-mlp"), FsnnReproductions.NAMES);
    }

    @Test
    void fullIsOnlyForTheFsnnExamples() {
        CliRun r = CliRun.fsnn("reproduce", "valorani-table1", "--full");
        assertNotEquals(0, r.status());
        assertTrue(r.err().contains("--full"), r.err());
    }

    @Test
    void epochsIsOnlyForTheFsnnExamplesAndPositive() {
        CliRun valorani = CliRun.fsnn("reproduce", "valorani-table1", "--epochs", "3");
        assertNotEquals(0, valorani.status());
        assertTrue(valorani.err().contains("--epochs"), valorani.err());
        CliRun zero = CliRun.fsnn("reproduce", "fsnn-grad", "--epochs", "0");
        assertNotEquals(0, zero.status());
        assertTrue(zero.err().contains("--epochs must be at least 1"), zero.err());
    }

    @Test
    void randomInitRunsAndReportsTheFinalDistance(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ri");
        CliRun r = CliRun.fsnn("reproduce", "fsnn-random-init", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("random-init.png")));
        String md = Files.readString(out.resolve("reproduce.md"));
        assertTrue(md.contains("max |y(4)|") || md.contains("max \\|y(4)\\|"), md);
        assertTrue(r.out().contains("summary: "), r.out());
    }

    /** A two-epoch simple-manifold experiment small enough for a test. */
    private static FsnnExperiment tiny() {
        TrajectoryRecipe data = new TrajectoryRecipe("simple-manifold", Map.of(), new EpsilonSampler.LogUniform(1e-4, 1e-2),
                SolverSpec.TRAJECTORIES, new SubsetSpec(12, 3, 0.5, StepScale.FIXED), new SubsetSpec(0, 1, 1,
                StepScale.FIXED), new SlowStart.FromManifold(0), 12, 1);
        Map<String, Object> small = Map.of("hidden", List.of(4));
        FsnnExperiment e = new FsnnExperiment("cli-eval", data, Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(4)), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(4)), "linear", small, "slow", small),
                FsnnInit.defaults(1), Map.of("substeps", 2), Map.of("epochs", 2, "batchSize", 8),
                new FsnnEvaluationSpec(List.of(0.0, 1e-2), 2, 3, 0.5, 2, 0.25, 1, 5, 3));
        return e;
    }

    @Test
    void evalOnAnFsnnRunReportsRolloutsAndEigenvalues(@TempDir Path dir) throws IOException {
        FsnnExperiment e = tiny();
        Path run = dir.resolve("run");
        new FsnnRunner(new PrintWriter(new StringWriter()), false, Backends.reference(), 1).train(e, run);
        Files.delete(run.resolve("report.md"));
        CliRun r = CliRun.fsnn("eval", run.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("cli-eval eps = 0.0: full L2") && r.out().contains("fast eigenvalue max error"),
                r.out());
        String report = Files.readString(run.resolve("report.md"));
        assertTrue(report.contains("Fast eigenvalues of T(x)") && report.contains("hybrid"), report);
    }

    @Test
    void trainAcceptsAnFsnnConfigAndResumesItsRun(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        new FsnnRunner(new PrintWriter(new StringWriter()), false, Backends.reference(), 1).train(tiny(), first);
        Path config = dir.resolve("fsnn.json");
        Files.copy(first.resolve("config.json"), config);
        Path run = dir.resolve("run");
        CliRun r = CliRun.fsnn("train", config.toString(), "--out", run.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("cli-eval eps = 0.01: full L2"), r.out());
        assertEquals(3, Files.readAllLines(run.resolve("log.csv")).size());
        String json = Files.readString(run.resolve("config.json"));
        assertTrue(json.contains("\"epochs\" : 2"), json);
        Files.writeString(run.resolve("config.json"), json.replace("\"epochs\" : 2", "\"epochs\" : 3"));
        CliRun resumed = CliRun.fsnn("train", "--resume", run.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertEquals(4, Files.readAllLines(run.resolve("log.csv")).size());
    }
}
