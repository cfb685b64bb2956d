// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.fsnn.bench.training.MlpTrainingStepBenchmark;

/**
 * The {@code cputime} command: the CPU time the calling thread spends on one MLP training step
 * (SGD and Adam) and on its matrix products alone, and on one FSNN training step, with the
 * {@code cpu} backend on one thread. Wall-clock times on a machine shared with other work vary
 * with their load (several-fold on two busy cores); the CPU time of one thread varies far less, so
 * it is what to compare across builds there. Times are the median and the fastest of the
 * repetitions after a warm-up.
 */
final class CpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimes() {}

    /** Runs the measurements and prints one line each; {@code quick} takes fewer repetitions. */
    static void run(boolean quick) {
        // every kernel on the calling thread, so that its CPU time is all the work
        System.setProperty("fsnn.cpu.threads", "1");
        System.setProperty("fsnn.backend", "cpu");
        int warmUp = quick ? 2 : 8;
        int reps = quick ? 3 : 15;
        for (String optimizer : new String[] {"sgd", "adam"}) {
            MlpTrainingStepBenchmark mlp = new MlpTrainingStepBenchmark();
            mlp.backend = "cpu";
            mlp.optimizer = optimizer;
            mlp.setUp();
            try {
                double[] step = time(mlp::step, warmUp, reps);
                double[] gemms = time(mlp::gemms, warmUp, reps);
                System.out.println(String.format(Locale.ROOT, "MLP %s step   median %7.1f ms, fastest %7.1f ms CPU on 1 thread: "
                        + "%6.0f samples/s per core; GEMMs alone %6.1f ms (%.1f GFLOP/s), GEMM share %.0f%%", optimizer, step[0],
                        step[1], MlpTrainingStepBenchmark.BATCH / step[0] * 1e3, gemms[0],
                        MlpTrainingStepBenchmark.gemmFlops() / gemms[0] / 1e6, 100 * gemms[0] / step[0]));
            } finally {
                mlp.tearDown();
            }
        }
        double[] step = fsnnStep(5 * warmUp, 2 * reps);
        System.out.println(String.format(Locale.ROOT, "FSNN training step median %7.1f ms, fastest %7.1f ms CPU on 1 thread "
                + "(batch %d, %d IMEX steps, Adam)", step[0], step[1], FsnnRolloutBenchmark.BATCH, FsnnRolloutBenchmark.STEPS));
    }

    /** Median and fastest CPU time in milliseconds of {@link FsnnRolloutBenchmark#trainingStep} with one shard. */
    static double[] fsnnStep(int warmUp, int reps) {
        FsnnRolloutBenchmark fsnn = new FsnnRolloutBenchmark();
        fsnn.integrator = "imex-ssp2";
        fsnn.shards = 1; // the whole batch on this thread, whose CPU time is what is measured
        fsnn.setUp();
        try {
            return time(fsnn::trainingStep, warmUp, reps);
        } finally {
            fsnn.tearDown();
        }
    }

    /** Median and fastest CPU time of {@code body} in milliseconds, after {@code warmUp} untimed runs. */
    private static double[] time(Runnable body, int warmUp, int reps) {
        for (int i = 0; i < warmUp; i++) {
            body.run();
        }
        long[] t = new long[reps];
        for (int i = 0; i < reps; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            body.run();
            t[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(t);
        return new double[] {t[reps / 2] / 1e6, t[0] / 1e6};
    }
}
