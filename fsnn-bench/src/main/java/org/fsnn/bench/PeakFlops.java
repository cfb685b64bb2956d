// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The theoretical FP64 peak of this machine: cores × clock × FP64 FLOP per cycle per core.
 *
 * <p>The model, the flags and the cores come from {@code /proc/cpuinfo}. FLOP per cycle follows
 * the widest fused multiply-add unit the flags show, assuming two FMA pipes: AVX-512 gives 32
 * (two 512-bit pipes, as on Intel server cores and AMD Zen 5), except on AMD Zen 4 (family 25),
 * which splits 512-bit operations over 256-bit pipes and so gives 16; AVX2 with FMA gives 16;
 * AVX alone 8; otherwise SSE2's 4. The clock is {@code cpuinfo_max_freq} from cpufreq when the
 * kernel exposes it, else the {@code cpu MHz} line (on virtual machines often the base clock:
 * boost can then beat the "peak").
 *
 * @param model the processor's name
 * @param cores physical cores
 * @param ghz the clock used, in GHz
 * @param clockSource where the clock came from
 * @param flopsPerCycle FP64 FLOP per cycle per core
 * @param vectorUnit the vector unit assumed, in words
 */
public record PeakFlops(String model, int cores, double ghz, String clockSource, int flopsPerCycle, String vectorUnit) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path MAX_FREQ = Path.of("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq");

    /** The peak in GFLOP/s. */
    public double gflops() {
        return cores * ghz * flopsPerCycle;
    }

    /** One line: the product and where each factor came from. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d cores × %.3f GHz (%s) × %d FP64 FLOP/cycle (%s) = %.1f GFLOP/s", model,
                cores, ghz, clockSource, flopsPerCycle, vectorUnit, gflops());
    }

    /** Reads this machine's description; factors it cannot read fall back to the JVM's processor count and NaN GHz. */
    public static PeakFlops detect() {
        List<String> cpuinfo = List.of();
        String maxFreq = null;
        try {
            if (Files.isReadable(CPUINFO)) {
                cpuinfo = Files.readAllLines(CPUINFO);
            }
            if (Files.isReadable(MAX_FREQ)) {
                maxFreq = Files.readString(MAX_FREQ).trim();
            }
        } catch (IOException e) {
            // use what was read
        }
        return parse(cpuinfo, maxFreq, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The peak from the lines of {@code /proc/cpuinfo} and the text of {@code cpuinfo_max_freq}
     * (kHz; null when absent).
     *
     * @param fallbackCores the core count to use when cpuinfo names none
     */
    static PeakFlops parse(List<String> cpuinfo, String maxFreqKHz, int fallbackCores) {
        String model = "unknown CPU";
        String flags = "";
        double mhz = Double.NaN;
        int family = -1;
        Set<String> cores = new HashSet<>();
        int processors = 0;
        String physical = "0";
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "processor" -> processors++;
                case "model name" -> model = value;
                case "flags" -> flags = " " + value + " ";
                case "cpu MHz" -> mhz = Double.isNaN(mhz) ? Double.parseDouble(value) : mhz;
                case "cpu family" -> family = Integer.parseInt(value);
                case "physical id" -> physical = value;
                case "core id" -> cores.add(physical + "/" + value);
                default -> { }
            }
        }
        int coreCount = !cores.isEmpty() ? cores.size() : processors > 0 ? processors : fallbackCores;
        double ghz;
        String source;
        if (maxFreqKHz != null && !maxFreqKHz.isBlank()) {
            ghz = Double.parseDouble(maxFreqKHz) / 1e6;
            source = "cpufreq cpuinfo_max_freq";
        } else {
            ghz = mhz / 1e3;
            source = Double.isNaN(mhz) ? "clock unknown" : "\"cpu MHz\" of /proc/cpuinfo, no cpufreq";
        }
        boolean amd = model.contains("AMD");
        int perCycle;
        String unit;
        if (flags.contains(" avx512f ")) {
            if (amd && family == 25) {
                perCycle = 16;
                unit = "AVX-512 on 256-bit FMA pipes (AMD Zen 4)";
            } else {
                perCycle = 32;
                unit = "AVX-512, two 512-bit FMA pipes";
            }
        } else if (flags.contains(" avx2 ") && flags.contains(" fma ")) {
            perCycle = 16;
            unit = "AVX2, two 256-bit FMA pipes";
        } else if (flags.contains(" avx ")) {
            perCycle = 8;
            unit = "AVX, separate 256-bit add and multiply";
        } else {
            perCycle = 4;
            unit = "SSE2 or unknown";
        }
        return new PeakFlops(model, coreCount, ghz, source, perCycle, unit);
    }
}
