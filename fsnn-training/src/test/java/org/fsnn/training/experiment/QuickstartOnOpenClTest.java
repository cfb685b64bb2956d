// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.fsnn.api.backend.Backend;
import org.fsnn.gpu.opencl.OpenClBackend;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.train.CrossBackend;
import org.fsnn.training.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Davis–Skodje quickstart ({@link Presets#quickstart()}: burst labels, fuzzy cloud, asinh
 * targets, the 4×64 SiLU MLP, Adam) run by the {@link ExperimentRunner} as {@code fsnn quickstart}
 * runs it, shrunk to seconds, gives the same losses and metrics on OpenCL as on the cpu backend,
 * and frees all of its device memory by the time it returns.
 */
class QuickstartOnOpenClTest {

    /** The quickstart with one short trajectory per ε, three epochs (two batches each) and one short rollout. */
    static Experiment shrunk() {
        Experiment q = Presets.quickstart();
        DataSpec d = q.data();
        EvaluationSpec v = q.evaluation();
        return q.toBuilder()
                .data(new DataSpec(1, 0.5, d.dt(), d.labels(), d.burstTau(), d.augmentation(), d.cloud()))
                .training(new TrainingSpec(3, q.training().batchSize(), q.training().validationFraction(), 2,
                        q.training().seed()))
                .evaluation(new EvaluationSpec(v.eps(), v.headlineEps(), 1, v.dt(), 0.1, v.seed()))
                .build();
    }

    private static RunOutcome run(Backend backend, Path out) {
        StringWriter log = new StringWriter();
        RunOutcome outcome = new ExperimentRunner(new PrintWriter(log), false, backend).train(shrunk(), out);
        assertTrue(log.toString().contains("epochs on " + backend.name()), log.toString());
        return outcome;
    }

    @Test
    void shrunkQuickstartOnOpenClGivesTheLossesAndMetricsOfTheCpuBackend(@TempDir Path dir) throws IOException {
        RunOutcome onDevice;
        try (OpenClBackend cl = CrossBackend.openCl()) {
            onDevice = run(cl, dir.resolve("opencl"));
            assertEquals(0, cl.liveBuffers(), "device buffers left live by the run");
            assertEquals(0, cl.liveBytes(), "device bytes left live by the run");
        }
        RunOutcome onCpu;
        try (Backend cpu = CrossBackend.cpu()) {
            onCpu = run(cpu, dir.resolve("cpu"));
        }
        double[][] expected = CrossBackend.losses(onCpu.runDir().resolve(Trainer.LOG));
        assertEquals(3, expected.length, "three epochs logged");
        CrossBackend.assertSameLosses("quickstart on opencl against cpu", expected,
                CrossBackend.losses(onDevice.runDir().resolve(Trainer.LOG)));
        CrossBackend.assertClose("best validation loss", onCpu.metrics().bestValLoss(),
                onDevice.metrics().bestValLoss());
        List<EpsMetrics> cpuRows = onCpu.metrics().perEps();
        List<EpsMetrics> clRows = onDevice.metrics().perEps();
        assertEquals(cpuRows.size(), clRows.size());
        for (int i = 0; i < cpuRows.size(); i++) {
            EpsMetrics c = cpuRows.get(i);
            EpsMetrics g = clRows.get(i);
            assertEquals(c.eps(), g.eps());
            CrossBackend.assertClose("rollout L2 at ε = " + c.eps(), c.rolloutL2(), g.rolloutL2());
            CrossBackend.assertClose("fast eigenvalue error at ε = " + c.eps(), c.eigFastMae(), g.eigFastMae());
            CrossBackend.assertClose("slow eigenvalue error at ε = " + c.eps(), c.eigSlowMae(), g.eigSlowMae());
        }
    }
}
