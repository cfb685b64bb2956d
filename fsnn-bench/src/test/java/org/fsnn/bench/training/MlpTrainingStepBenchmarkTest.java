// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.Test;

class MlpTrainingStepBenchmarkTest {

    @Test
    void architectureIsTheBenchmarkedMlp() {
        assertEquals("3→128→128→128→128→2", MlpTrainingStepBenchmark.architecture());
    }

    @Test
    void gemmFlopsCountTwoProductsForTheDataLayerAndThreeForEveryOther() {
        double b = MlpTrainingStepBenchmark.BATCH;
        // x·Wᵀ and ḡᵀ·x for 3→128; x·Wᵀ, ḡ·W and ḡᵀ·x for the three 128→128 layers and 128→2.
        double expected = 2 * (2 * b * 3 * 128) + 3 * 3 * (2 * b * 128 * 128) + 3 * (2 * b * 128 * 2);
        assertEquals(expected, MlpTrainingStepBenchmark.gemmFlops(), 1e-6 * expected);
    }

    @Test
    void adamStepsLowerTheLoss() {
        MlpTrainingStepBenchmark bench = new MlpTrainingStepBenchmark();
        bench.backend = "reference";
        bench.optimizer = "adam";
        bench.setUp(32);
        try {
            double first = bench.step();
            double last = first;
            for (int s = 0; s < 20; s++) {
                last = bench.step();
            }
            assertTrue(last < 0.9 * first, "loss " + first + " → " + last);
        } finally {
            bench.tearDown();
        }
    }

    /** The leak this guards against: Adam's moments of every step left on the device. */
    @Test
    void adamStepsOnOpenClKeepTheLiveBufferCountFlat() throws ReflectiveOperationException {
        BackendProvider opencl = Backends.system().registry().find("opencl").orElse(null);
        assumeTrue(opencl != null && opencl.probe().available(), "no OpenCL device with fp64 here");
        MlpTrainingStepBenchmark bench = new MlpTrainingStepBenchmark();
        bench.backend = "opencl";
        bench.optimizer = "adam";
        bench.setUp(64);
        try {
            Backend b = bench.backend();
            var liveBuffers = b.getClass().getMethod("liveBuffers");
            bench.step();
            int live = (int) liveBuffers.invoke(b);
            for (int s = 0; s < 5; s++) {
                bench.step();
                assertEquals(live, (int) liveBuffers.invoke(b), "live device buffers after step " + (s + 2));
            }
        } finally {
            bench.tearDown();
        }
    }
}
