// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.gpu.opencl.OpenClBackend;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.loss.RhsMse;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long training run on OpenCL does not grow device memory: every update and validation batch
 * starts with the same live device buffers, counted and in bytes, and none are left over when the
 * run ends. The counts do not depend on the garbage collector, which never sees device memory.
 */
class TrainerDeviceMemoryTest {
    private static final int EPOCHS = 30;

    /** The samples, recording the backend's live buffers and bytes each time a batch is taken. */
    private record Recording(RhsSamples samples, OpenClBackend backend, List<long[]> live) implements BatchSource<RhsBatch> {
        @Override
        public int size() {
            return samples.size();
        }

        @Override
        public RhsBatch batch(int[] indices) {
            live.add(new long[] {backend.liveBuffers(), backend.liveBytes()});
            return samples.batch(indices);
        }
    }

    @Test
    void everyStepOfALongRunStartsWithTheSameLiveDeviceBuffers(@TempDir Path dir) {
        try (OpenClBackend cl = CrossBackend.openCl()) {
            RhsBatch data = DavisSkodjeData.samples(cl, 72, 0.1, 21);
            RhsModel model = DavisSkodjeData.model(data, "asinh-mad", List.of(16, 16), 5);
            long[] beforeRun = {cl.liveBuffers(), cl.liveBytes()};
            Recording source = new Recording(new RhsSamples(data), cl, new ArrayList<>());
            // 63 training samples in batches of 16 (4 updates per epoch) and one validation batch.
            TrainerConfig cfg = new TrainerConfig(EPOCHS, 16, 0.125, 1, 10, true, false, OptimizerSpec.adam(1e-3));
            new Trainer<>(model, new RhsMse(), source, cfg, dir, ConfigNode.empty()).run(false);

            int perEpoch = 5;
            assertEquals(EPOCHS * perEpoch, source.live().size(), "batches taken");
            long[] steady = source.live().get(perEpoch);
            for (int i = perEpoch; i < source.live().size(); i++) {
                long[] now = source.live().get(i);
                assertEquals(steady[0], now[0], "live device buffers at batch " + i + " of " + source.live().size());
                assertEquals(steady[1], now[1], "live device bytes at batch " + i);
            }
            // Data, fitted state, parameters and their best copy, and Adam's two moments: nothing else.
            long parameters = model.parameters().size();
            assertTrue(steady[0] <= beforeRun[0] + 3 * parameters, steady[0] + " live buffers while training, "
                    + beforeRun[0] + " before it, " + parameters + " parameters");
            assertEquals(beforeRun[0], cl.liveBuffers(), "after the run: the restored best replaces the last parameters");
            assertEquals(beforeRun[1], cl.liveBytes());
        }
    }
}
