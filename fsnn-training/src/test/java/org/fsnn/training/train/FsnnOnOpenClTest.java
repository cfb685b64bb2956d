// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.loss.TinyFsnn;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small fast–slow network trained for ten Adam steps by the {@link Trainer} on OpenCL gives the
 * losses of the cpu backend, term by term and step by step.
 */
class FsnnOnOpenClTest {
    /** One batch of the twelve training samples per epoch: ten epochs are ten steps. */
    private static final TrainerConfig TEN_STEPS = new TrainerConfig(10, 12, 0.2, 2, 5, true, false,
            OptimizerSpec.adam(1e-2));

    private static double[][] train(Backend backend, Path dir) throws IOException {
        FastSlowNetwork net = TinyFsnn.network(3, backend);
        TrainingResult r = new Trainer<>(net, FsnnTrainingTest.fsnnLoss(), new FsnnSamples(FsnnTrainingTest.samples(backend)),
                TEN_STEPS, dir, ConfigNode.empty()).run(false);
        return CrossBackend.losses(r.log());
    }

    @Test
    void tenStepsOnOpenClGiveTheLossesOfTheCpuBackend(@TempDir Path dir) throws IOException {
        double[][] onDevice;
        try (Backend cl = CrossBackend.openCl()) {
            onDevice = train(cl, dir.resolve("opencl"));
        }
        double[][] onCpu;
        try (Backend cpu = CrossBackend.cpu()) {
            onCpu = train(cpu, dir.resolve("cpu"));
        }
        assertTrue(onCpu[9][0] < onCpu[0][0], "training lowers the loss: " + onCpu[0][0] + " -> " + onCpu[9][0]);
        CrossBackend.assertSameLosses("FSNN on opencl against cpu", onCpu, onDevice);
    }
}
