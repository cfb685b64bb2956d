// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.fsnn.bench.training.MlpTrainingStepBenchmark;
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
 * gemm [--quick] [--sizes=64,...] [--backends=cpu,opencl,reference]
 *          GEMM GFLOP/s per backend for n = 64 … 1024 (the reference only up to 256), next to the
 *          machine's FP64 peak (the default command)
 * mlp [--quick] [--backends=cpu,opencl]
 *          one training step of the MLP 3→128→128→128→128→2 (SiLU, batch 8192) per backend, with
 *          SGD and with Adam: samples per second and the fraction of the step spent in GEMM, next to
 *          the FP64 peak
 * cputime [--quick]
 *          CPU time of one thread per MLP step (SGD, Adam) and its GEMMs, and per FSNN training
 *          step, on the cpu backend with one thread: comparable across builds on a busy machine
 * peak     the machine's FP64 peak, how it was computed, and the FMA throughput measured
 * jmh [JMH options]
 *          JMH's own command line, e.g. "jmh -l" or "jmh Gemm -p n=512"
 * </pre>
 *
 * A backend named in {@code --backends} that is unavailable here is skipped with its reason.
 */
public final class Bench {
    private static final String[] SIZES = {"64", "128", "256", "512", "1024"};
    /** The updates the mlp command times. */
    private static final String[] OPTIMIZERS = {"sgd", "adam"};
    /** The reference backend is timed only up to this order: beyond, it takes seconds per product. */
    private static final int REFERENCE_MAX = 256;
    private static final String USAGE = "use gemm [--quick] [--sizes=64,512] [--backends=cpu,opencl,reference], "
            + "mlp [--quick] [--backends=cpu,opencl,reference], cputime [--quick], peak, or jmh [JMH options]";

    private Bench() {}

    /** Runs the command in {@code args[0]} (default {@code gemm}). */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "gemm" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "gemm" -> gemm(Options.parse("gemm", rest, "cpu,opencl,reference"));
            case "mlp" -> mlp(Options.parse("mlp", rest, "cpu,opencl"));
            case "cputime" -> {
                if (rest.length > 1 || rest.length == 1 && !rest[0].equals("--quick")) {
                    throw new IllegalArgumentException("cputime: unknown option '" + String.join(" ", rest) + "'; " + USAGE);
                }
                CpuTimes.run(rest.length == 1);
            }
            case "peak" -> {
                System.out.println("FP64 peak      " + PeakFlops.detect().describe());
                System.out.println(ceilingLine(FmaCeiling.measure(Runtime.getRuntime().availableProcessors(), 500)));
            }
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("unknown command '" + command + "'; " + USAGE);
                System.exit(2);
            }
        }
    }

    /** The options of the gemm and mlp commands. */
    record Options(boolean quick, String[] sizes, List<String> backends) {
        static Options parse(String command, String[] args, String defaultBackends) {
            boolean quick = false;
            String[] sizes = SIZES;
            String backends = defaultBackends;
            for (String a : args) {
                if (a.equals("--quick")) {
                    quick = true;
                } else if (a.startsWith("--sizes=") && command.equals("gemm")) {
                    sizes = a.substring("--sizes=".length()).split(",");
                } else if (a.startsWith("--backends=")) {
                    backends = a.substring("--backends=".length());
                } else {
                    throw new IllegalArgumentException(command + ": unknown option '" + a + "'; " + USAGE);
                }
            }
            return new Options(quick, sizes, Arrays.stream(backends.split(",")).map(String::trim).toList());
        }
    }

    private static String ceilingLine(double gflops) {
        return String.format(Locale.ROOT, "FMA measured   %.1f GFLOP/s: %d threads of register-only vector FMAs (the clock the cores really run at)",
                gflops, Runtime.getRuntime().availableProcessors());
    }

    /** The named backends that can run here, each with its device in words; says why others are skipped. */
    private static Map<String, String> available(List<String> names) {
        Backends backends = Backends.system();
        Map<String, String> devices = new LinkedHashMap<>();
        for (String name : names) {
            BackendProvider p = backends.registry().get(name);
            Availability a = p.probe();
            if (!a.available()) {
                System.out.println("skipping " + name + ": " + a.explain());
                continue;
            }
            try (Backend b = p.open()) {
                devices.put(name, b.device());
            }
        }
        return devices;
    }

    private static void gemm(Options options) throws RunnerException, InterruptedException {
        PeakFlops peak = PeakFlops.detect();
        Map<String, String> devices = available(options.backends());
        Map<String, Map<Integer, double[]>> times = new LinkedHashMap<>();
        for (String backend : devices.keySet()) {
            String[] sizes = backend.equals("reference")
                    ? Arrays.stream(options.sizes()).filter(s -> Integer.parseInt(s.trim()) <= REFERENCE_MAX).toArray(String[]::new)
                    : options.sizes();
            if (sizes.length > 0) {
                times.put(backend, byParam(run(GemmBenchmark.class, options.quick(), Map.of("backend", new String[] {backend},
                        "n", sizes)), "n", "gemm"));
            }
        }
        double ceiling = FmaCeiling.measure(Runtime.getRuntime().availableProcessors(), 500);
        System.out.println();
        System.out.println("FP64 peak      " + peak.describe());
        System.out.println(ceilingLine(ceiling));
        devices.forEach((name, device) -> System.out.println(String.format(Locale.ROOT, "%-14s %s", name, device)));
        System.out.println();
        System.out.println("GFLOP/s = 2n³ / time; mean over the measurement iterations, best = fastest iteration; % of the FP64 peak");
        StringBuilder header = new StringBuilder("    n");
        times.keySet().forEach(b -> header.append(String.format(Locale.ROOT, "   %10s mean    best   %% peak", b)));
        System.out.println(header);
        for (String size : options.sizes()) {
            int n = Integer.parseInt(size.trim());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d", n));
            for (Map<Integer, double[]> t : times.values()) {
                double[] us = t.get(n);
                if (us == null) {
                    line.append(String.format(Locale.ROOT, "   %15s %7s %8s", "-", "-", "-"));
                } else {
                    double best = GemmBenchmark.flops(n) / us[1] / 1e3;
                    line.append(String.format(Locale.ROOT, "   %15.2f %7.2f %7.1f%%", GemmBenchmark.flops(n) / us[0] / 1e3, best,
                            100 * best / peak.gflops()));
                }
            }
            System.out.println(line);
        }
    }

    private static void mlp(Options options) throws RunnerException {
        PeakFlops peak = PeakFlops.detect();
        Map<String, String> devices = available(options.backends());
        Map<String, Map<String, double[]>> times = new LinkedHashMap<>();
        for (String backend : devices.keySet()) {
            // the step with each optimizer; the products alone once (they do not depend on it)
            List<RunResult> results = new ArrayList<>(run(MlpTrainingStepBenchmark.class, "step", options.quick(),
                    Map.of("backend", new String[] {backend}, "optimizer", OPTIMIZERS)));
            results.addAll(run(MlpTrainingStepBenchmark.class, "gemms", options.quick(), Map.of("backend", new String[] {backend},
                    "optimizer", new String[] {OPTIMIZERS[0]})));
            Map<String, double[]> byMethod = new TreeMap<>();
            for (RunResult r : results) {
                String label = r.getParams().getBenchmark();
                String method = label.substring(label.lastIndexOf('.') + 1);
                var stats = r.getPrimaryResult().getStatistics();
                byMethod.put(method.equals("step") ? "step " + r.getParams().getParam("optimizer") : method,
                        new double[] {stats.getMean(), stats.getMin(), stats.getStandardDeviation()});
            }
            times.put(backend, byMethod);
        }
        double gemmGflop = MlpTrainingStepBenchmark.gemmFlops() / 1e9;
        System.out.println();
        System.out.println("FP64 peak      " + peak.describe());
        devices.forEach((name, device) -> System.out.println(String.format(Locale.ROOT, "%-14s %s", name, device)));
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "one training step (SGD or Adam) of the MLP %s (SiLU, MSE) on a batch of "
                + "%d; its %.2f GFLOP of GEMM timed alone on the same shapes", MlpTrainingStepBenchmark.architecture(),
                MlpTrainingStepBenchmark.BATCH, gemmGflop));
        System.out.println("backend    update   step ms (mean ± sd)  samples/s   GEMM ms   GEMM share of step   GEMM GFLOP/s   "
                + "% of FP64 peak");
        times.forEach((backend, t) -> {
            double gemmMs = t.get("gemms")[0];
            double gemmGflops = gemmGflop / (gemmMs / 1e3);
            for (String optimizer : OPTIMIZERS) {
                double[] step = t.get("step " + optimizer);
                System.out.println(String.format(Locale.ROOT, "%-10s %-6s   %9.2f ± %6.2f  %9.0f   %7.2f   %17.0f%%   %12.1f   %13.1f%%",
                        backend, optimizer, step[0], step[2], MlpTrainingStepBenchmark.BATCH / (step[0] / 1e3), gemmMs,
                        100 * gemmMs / step[0], gemmGflops, 100 * gemmGflops / peak.gflops()));
            }
        });
    }

    private static Collection<RunResult> run(Class<?> benchmark, boolean quick, Map<String, String[]> params)
            throws RunnerException {
        return run(benchmark, "\\w+", quick, params);
    }

    /** Runs the methods of {@code benchmark} whose name matches the regular expression {@code methods}. */
    private static Collection<RunResult> run(Class<?> benchmark, String methods, boolean quick, Map<String, String[]> params)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + "\\.(" + methods + ")$");
        params.forEach(options::param);
        if (quick) {
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(500));
        }
        return new Runner(options.build()).run();
    }

    /** Mean and best (smallest) time of one benchmark method, by the integer parameter {@code param}. */
    private static Map<Integer, double[]> byParam(Collection<RunResult> results, String param, String method) {
        Map<Integer, double[]> out = new TreeMap<>();
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                var stats = r.getPrimaryResult().getStatistics();
                out.put(Integer.parseInt(r.getParams().getParam(param)), new double[] {stats.getMean(), stats.getMin()});
            }
        }
        return out;
    }
}
