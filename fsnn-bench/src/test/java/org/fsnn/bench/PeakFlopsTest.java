// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeakFlopsTest {

    private static List<String> cpuinfo(String model, int family, String flags, int cores) {
        List<String> lines = new java.util.ArrayList<>();
        for (int c = 0; c < cores; c++) {
            lines.addAll(List.of("processor\t: " + c, "cpu family\t: " + family, "model name\t: " + model,
                    "cpu MHz\t\t: 2596.126", "physical id\t: 0", "core id\t\t: " + c, "flags\t\t: " + flags, ""));
        }
        return lines;
    }

    @Test
    void avx512WithoutCpufreqUsesTwoFullFmaPipesAndTheCpuMhzLine() {
        PeakFlops p = PeakFlops.parse(cpuinfo("AMD EPYC", 26, "fpu sse2 avx avx2 fma avx512f avx512dq", 2), null, 99);
        assertEquals(2, p.cores());
        assertEquals(32, p.flopsPerCycle());
        assertEquals(2.596126, p.ghz(), 1e-12);
        assertEquals(2 * 2.596126 * 32, p.gflops(), 1e-9);
        assertTrue(p.clockSource().contains("cpu MHz"), p.clockSource());
    }

    @Test
    void cpufreqMaximumWinsOverTheCpuMhzLine() {
        PeakFlops p = PeakFlops.parse(cpuinfo("Intel Xeon", 6, "sse2 avx avx2 fma", 4), "3500000", 99);
        assertEquals(16, p.flopsPerCycle());
        assertEquals(3.5, p.ghz(), 1e-12);
        assertEquals(4 * 3.5 * 16, p.gflops(), 1e-9);
        assertTrue(p.clockSource().contains("cpuinfo_max_freq"), p.clockSource());
    }

    @Test
    void zen4SplitsAvx512OverHalfWidthPipes() {
        PeakFlops p = PeakFlops.parse(cpuinfo("AMD Ryzen 9 7950X", 25, "avx avx2 fma avx512f", 16), null, 99);
        assertEquals(16, p.flopsPerCycle());
        assertEquals(16, p.cores());
    }

    @Test
    void hyperThreadsOfOneCoreCountOnce() {
        List<String> lines = new java.util.ArrayList<>(cpuinfo("Intel Xeon", 6, "avx avx2 fma", 2));
        lines.addAll(cpuinfo("Intel Xeon", 6, "avx avx2 fma", 2)); // the same core ids again
        assertEquals(2, PeakFlops.parse(lines, null, 99).cores());
    }

    @Test
    void withoutCpuinfoTheJvmProcessorCountIsUsed() {
        PeakFlops p = PeakFlops.parse(List.of(), null, 3);
        assertEquals(3, p.cores());
        assertTrue(Double.isNaN(p.gflops()));
    }
}
