// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
