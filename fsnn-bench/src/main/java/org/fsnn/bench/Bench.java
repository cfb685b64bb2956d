// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark command line.
 *
 * <pre>
 * gemm [--quick] [--sizes=64,128,...]   GEMM GFLOP/s of the cpu backend (and of the reference at
 *                                       small n), next to the machine's FP64 peak (the default)
 * peak                                  the machine's FP64 peak, how it was computed, and the
 *                                       FMA throughput measured on all cores
 * jmh [JMH options]                     JMH's own command line, e.g. "jmh -l" or "jmh Gemm -p n=512"
 * </pre>
 */
public final class Bench {
    private static final String[] SIZES = {"64", "128", "256", "512", "1024"};
    /** The reference backend is timed only up to this order: beyond, it takes seconds per product. */
    private static final int REFERENCE_MAX = 256;

    private Bench() {}

    /** Runs the command in {@code args[0]} (default {@code gemm}). */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "gemm" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "gemm" -> gemm(rest);
            case "peak" -> {
                System.out.println("FP64 peak      " + PeakFlops.detect().describe());
                System.out.println(ceilingLine(FmaCeiling.measure(Runtime.getRuntime().availableProcessors(), 500)));
            }
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("unknown command '" + command + "'; use gemm [--quick] [--sizes=64,512], peak, or jmh [JMH options]");
                System.exit(2);
            }
        }
    }

    private static String ceilingLine(double gflops) {
        return String.format(Locale.ROOT, "FMA measured   %.1f GFLOP/s: %d threads of register-only vector FMAs (the clock the cores really run at)",
                gflops, Runtime.getRuntime().availableProcessors());
    }

    private static void gemm(String[] args) throws RunnerException, InterruptedException {
        boolean quick = false;
        String[] sizes = SIZES;
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else if (a.startsWith("--sizes=")) {
                sizes = a.substring("--sizes=".length()).split(",");
            } else {
                throw new IllegalArgumentException("gemm: unknown option '" + a + "'; use --quick or --sizes=64,128");
            }
        }
        PeakFlops peak = PeakFlops.detect();
        String device;
        try (Backend cpu = Backends.system().open("cpu")) {
            device = cpu.device();
        }
        String[] small = Arrays.stream(sizes).filter(s -> Integer.parseInt(s.trim()) <= REFERENCE_MAX).toArray(String[]::new);
        Map<Integer, double[]> cpu = times(run(quick, "cpu", sizes));
        Map<Integer, double[]> reference = small.length == 0 ? Map.of() : times(run(quick, "reference", small));

        double ceiling = FmaCeiling.measure(Runtime.getRuntime().availableProcessors(), 500);
        System.out.println();
        System.out.println("FP64 peak      " + peak.describe());
        System.out.println(ceilingLine(ceiling));
        System.out.println("cpu backend    " + device);
        System.out.println();
        System.out.println("    n   cpu GFLOP/s mean   best   % of peak (best)   % of FMA measured   reference GFLOP/s   cpu / reference");
        for (var e : cpu.entrySet()) {
            int n = e.getKey();
            double mean = GemmBenchmark.flops(n) / e.getValue()[0] / 1e3;
            double best = GemmBenchmark.flops(n) / e.getValue()[1] / 1e3;
            double[] ref = reference.get(n);
            String refText = ref == null ? "-" : String.format(Locale.ROOT, "%.2f", GemmBenchmark.flops(n) / ref[0] / 1e3);
            String ratio = ref == null ? "-" : String.format(Locale.ROOT, "%.0f×", ref[0] / e.getValue()[0]);
            System.out.println(String.format(Locale.ROOT, "%5d   %16.1f %6.1f   %16.1f   %17.1f   %17s   %15s", n, mean,
                    best, 100 * best / peak.gflops(), 100 * best / ceiling, refText, ratio));
        }
    }

    private static Collection<RunResult> run(boolean quick, String backend, String[] sizes) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(GemmBenchmark.class.getName())
                .param("backend", backend)
                .param("n", sizes);
        if (quick) {
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(500));
        }
        return new Runner(options.build()).run();
    }

    /** Mean and best (smallest) microseconds per product, by order. */
    private static Map<Integer, double[]> times(Collection<RunResult> results) {
        Map<Integer, double[]> out = new TreeMap<>();
        for (RunResult r : results) {
            int n = Integer.parseInt(r.getParams().getParam("n"));
            var stats = r.getPrimaryResult().getStatistics();
            out.put(n, new double[] {stats.getMean(), stats.getMin()});
        }
        return out;
    }
}
