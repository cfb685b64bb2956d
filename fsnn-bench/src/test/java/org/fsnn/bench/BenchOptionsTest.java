// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTheFullRunOnTheDefaultBackends() {
        Bench.Options o = Bench.Options.parse("gemm", new String[0], "cpu,opencl,reference");
        assertFalse(o.quick());
        assertArrayEquals(new String[] {"64", "128", "256", "512", "1024"}, o.sizes());
        assertEquals(List.of("cpu", "opencl", "reference"), o.backends());
    }

    @Test
    void quickSizesAndBackendsAreRead() {
        Bench.Options o = Bench.Options.parse("gemm", new String[] {"--quick", "--sizes=64,512", "--backends=opencl, cpu"}, "cpu");
        assertTrue(o.quick());
        assertArrayEquals(new String[] {"64", "512"}, o.sizes());
        assertEquals(List.of("opencl", "cpu"), o.backends());
    }

    @Test
    void unknownOptionsAndSizesOutsideGemmAreRejectedWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bench.Options.parse("mlp", new String[] {"--sizes=64"}, "cpu"));
        assertTrue(e.getMessage().startsWith("mlp: unknown option '--sizes=64'") && e.getMessage().contains("--backends="),
                e.getMessage());
    }
}
