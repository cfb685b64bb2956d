// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code cputime}'s FSNN measurement runs (it once failed: the benchmark's shard count was left at zero). */
class CpuTimesTest {

    @Test
    void theFsnnStepRunsOnOneShardAndTakesSomeCpuTime() {
        double[] t = CpuTimes.fsnnStep(0, 1);
        assertTrue(t[0] > 0 && t[1] > 0 && t[1] <= t[0], "median " + t[0] + " ms, fastest " + t[1] + " ms");
    }
}
