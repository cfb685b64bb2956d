// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.layers.Rollout;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.train.Checkpoint;
import org.fsnn.training.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsnnRunnerTest {
    private static final Backend BE = Backends.reference();

    @Test
    void experimentJsonRoundTrip() throws IOException {
        for (FsnnExperiment e : List.of(TestExperiments.smallGrad(8, 2), SimpleManifoldReproduction.experiment(true, 2),
                GradReproduction.experiment(false, 1))) {
            String json = ExperimentJson.mapper().writeValueAsString(e.toMap());
            @SuppressWarnings("unchecked")
            Map<String, Object> back = ExperimentJson.mapper().readValue(json, Map.class);
            FsnnExperiment read = FsnnExperiment.fromConfig(ConfigNode.of("$", back));
            assertEquals(e.data(), read.data());
            assertEquals(e.init(), read.init());
            assertEquals(e.evaluation(), read.evaluation());
            assertEquals(ExperimentJson.mapper().readTree(json),
                    ExperimentJson.mapper().readTree(ExperimentJson.mapper().writeValueAsString(read.toMap())));
        }
    }

    @Test
    void badConfigsFailWithTheirPath() {
        var bad = ConfigNode.of("$", Map.of("name", "x", "colour", 1));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FsnnExperiment.fromConfig(bad));
        assertTrue(ex.getMessage().contains("colour"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FsnnInit(0, 1));
    }

    @Test
    void runDirectoryHoldsEveryFileAndEvaluatesAgain(@TempDir Path dir) throws IOException {
        FsnnExperiment e = TestExperiments.simpleManifold(20, 3);
        Path run = dir.resolve("run");
        FsnnOutcome o = TestExperiments.runner().train(e, run);
        for (String f : List.of("config.json", "checkpoint.json", "metrics.json", "log.csv", "report.md",
                "plots/loss.png", "plots/fast-rollouts.png", "plots/closure-rollouts.png", "plots/eigenvalues.png")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        assertTrue(FsnnRunner.isFsnnRun(run));
        assertEquals(4, Files.readAllLines(run.resolve("log.csv")).size());
        String report = Files.readString(run.resolve("report.md"));
        assertTrue(report.contains("| floor |") && report.contains("closure"), report);
        var metrics = ExperimentJson.mapper().readTree(run.resolve("metrics.json").toFile());
        double eig = metrics.get("evaluation").get(0).get("eigMaxError").asDouble();
        assertEquals(o.results().getFirst().eigMaxError(), eig, 0);

        Files.delete(run.resolve("metrics.json"));
        FsnnOutcome again = TestExperiments.runner().evaluate(run);
        assertEquals(o.results().getFirst().fullL2(), again.results().getFirst().fullL2(), 0);
        assertTrue(Files.exists(run.resolve("metrics.json")));
        assertThrows(IllegalArgumentException.class, () -> TestExperiments.runner().train(e, run));
        assertFalse(FsnnRunner.isFsnnRun(dir));
    }

    @Test
    void aRunnerWithEpochsTrainsThatManyAndRecordsItsRescaledDecay(@TempDir Path dir) throws IOException {
        FsnnExperiment e = TestExperiments.simpleManifold(20, 4);
        Path run = dir.resolve("run");
        FsnnOutcome o = TestExperiments.runner().withEpochs(2).train(e, run);
        assertEquals(3, Files.readAllLines(run.resolve("log.csv")).size(), "a header and two epochs");
        var training = ExperimentJson.mapper().readTree(run.resolve("config.json").toFile()).get("training");
        assertEquals(2, training.get("epochs").asInt());
        long decay = ((Number) ((Map<?, ?>) ((Map<?, ?>) e.training().get("optimizer")).get("learningRate"))
                .get("decaySteps")).longValue();
        assertEquals(Math.round(decay / 2.0), training.get("optimizer").get("learningRate").get("decaySteps").asLong());
        assertEquals(2, o.experiment().training().get("epochs"));
        assertThrows(IllegalArgumentException.class, () -> TestExperiments.runner().withEpochs(0));
    }

    @Test
    void resumeContinuesFromTheCheckpoint(@TempDir Path dir) throws IOException {
        FsnnExperiment e = TestExperiments.simpleManifold(20, 4);
        Path straight = dir.resolve("straight");
        TestExperiments.runner().train(e, straight);
        Map<String, Object> twoEpochs = new java.util.LinkedHashMap<>(e.training());
        twoEpochs.put("epochs", 2);
        twoEpochs.put("checkpointEvery", 1);
        Path stopped = dir.resolve("stopped");
        TestExperiments.runner().train(e.withTraining(twoEpochs), stopped);
        // the stopped run's config asks for the full four epochs, as a user extending it would
        Files.writeString(stopped.resolve(FsnnRunner.CONFIG),
                ExperimentJson.mapper().writeValueAsString(e.toMap()));
        TestExperiments.runner().resume(stopped);
        var a = Checkpoint.read(straight.resolve(Trainer.CHECKPOINT), BE).parameters();
        var b = Checkpoint.read(stopped.resolve(Trainer.CHECKPOINT), BE).parameters();
        for (String k : a.keySet()) {
            assertTrue(Arrays.equals(a.get(k).toArray(), b.get(k).toArray()), k);
        }
    }

    /** The closure rollout stays on y = 0 exactly, and its decoded states lie on h⁻¹(x, 0). */
    @Test
    void closureRolloutStaysOnTheLearnedManifold(@TempDir Path dir) throws IOException {
        FsnnExperiment e = TestExperiments.smallGrad(12, 3);
        Path run = dir.resolve("run");
        FsnnOutcome o = TestExperiments.runner().train(e, run);
        FsnnEvaluation.EpsResult r = o.results().getFirst();
        assertEquals(0, r.closureMaxY(), 0);
        assertTrue(r.closureManifoldResidual() < 1e-10, "residual " + r.closureManifoldResidual());

        FastSlowNetwork net = e.init().create(e.network(), BE);
        net.load(Checkpoint.read(run.resolve(Trainer.CHECKPOINT), BE).bestParameters());
        double[] z0 = new double[3 * 10];
        for (int i = 0; i < z0.length; i++) {
            z0[i] = Math.sin(1 + i);
        }
        try (Tape.NoGrad _ = Tape.noGrad()) {
            Var eps = Var.constant(BE.fromArray(new double[] {1e-3, 1e-3, 1e-3}, 3, 1));
            Rollout closure = net.closureRollout(Var.constant(BE.fromArray(z0, 3, 10)), eps,
                    Var.constant(BE.fromArray(new double[] {250, 250, 250}, 3, 1)), 5,
                    FastSlowNetwork.integrator(FastSlowNetwork.CLOSURE_INTEGRATOR, ConfigNode.empty()));
            for (int k = 0; k <= 5; k++) {
                FastSlowState s = closure.latent().get(k);
                assertTrue(Arrays.stream(s.y().value().toArray()).allMatch(v -> v == 0), "y at step " + k);
                Var onManifold = net.decode(new FastSlowState(s.x(), s.y()), eps);
                assertTrue(Arrays.equals(onManifold.value().toArray(), closure.states().get(k).value().toArray()));
                double[] y = net.encode(closure.states().get(k), eps).y().value().toArray();
                assertTrue(Arrays.stream(y).allMatch(v -> Math.abs(v) < 1e-10), "encoded y at step " + k);
            }
            double[] x0 = closure.latent().get(0).x().value().toArray();
            double[] x5 = closure.latent().get(5).x().value().toArray();
            assertFalse(Arrays.equals(x0, x5), "the slow coordinates move");
        }
    }
}
