// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a kernel over a range split into a fixed number of contiguous parts on a dedicated pool of
 * daemon threads.
 *
 * <p>The split depends only on the range, the grain and the thread count, never on timing, so a
 * kernel whose parts write disjoint outputs gives the same bits on every run. Ranges too small to
 * be worth a thread run on the calling thread, and so do all the parts of a kernel called while
 * another thread's kernel holds the pool (several threads training shards of one batch): the
 * parts, and so the bits, are the same either way, and the callers do not queue behind each other.
 */
final class Parallel {
    /** Sets the thread count. */
    static final String PROPERTY = "fsnn.cpu.threads";
    /** Sets the thread count when the property is unset. */
    static final String ENVIRONMENT = "FSNN_CPU_THREADS";

    /** The body of a parallel loop over {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private final ForkJoinPool pool;
    private final AtomicBoolean poolBusy = new AtomicBoolean();

    /** A runner with {@code threads} threads, the caller being one of them. */
    Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the CPU backend needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads - 1, Parallel::daemon, null, false);
    }

    /** The thread count from {@value #PROPERTY}, else {@value #ENVIRONMENT}, else the processor count. */
    static int configuredThreads() {
        String value = System.getProperty(PROPERTY);
        String source = "-D" + PROPERTY;
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + "=" + value + " is not a thread count; use a positive integer");
    }

    private static ForkJoinWorkerThread daemon(ForkJoinPool pool) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setDaemon(true);
        t.setName("fsnn-cpu-" + t.getPoolIndex());
        return t;
    }

    /** The number of threads, the caller's included. */
    int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over {@code [0, n)} in at most {@link #threads()} contiguous parts of at
     * least {@code grain} elements each; part boundaries are multiples of {@code align}.
     */
    void range(int n, int grain, int align, RangeBody body) {
        int parts = (int) Math.min(threads, Math.max(1L, n / Math.max(1L, grain)));
        if (parts <= 1) {
            body.run(0, n);
            return;
        }
        int units = (n + align - 1) / align;
        if (!poolBusy.compareAndSet(false, true)) {
            for (int p = 0; p < parts; p++) {
                int from = bound(n, units, p, parts, align);
                int to = bound(n, units, p + 1, parts, align);
                if (from < to) {
                    body.run(from, to);
                }
            }
            return;
        }
        try {
            List<ForkJoinTask<?>> tasks = new ArrayList<>(parts - 1);
            for (int p = 1; p < parts; p++) {
                int from = bound(n, units, p, parts, align);
                int to = bound(n, units, p + 1, parts, align);
                if (from < to) {
                    tasks.add(pool.submit(() -> body.run(from, to)));
                }
            }
            body.run(0, bound(n, units, 1, parts, align));
            for (ForkJoinTask<?> t : tasks) {
                t.join();
            }
        } finally {
            poolBusy.set(false);
        }
    }

    /** Where part {@code p} of {@code parts} begins. */
    private static int bound(int n, int units, int p, int parts, int align) {
        return Math.min(n, (int) ((long) units * p / parts) * align);
    }

    /** Runs {@code body} over {@code [0, n)} split into parts of roughly {@code grain} elements. */
    void range(int n, int grain, RangeBody body) {
        range(n, grain, 1, body);
    }

    /** Stops the threads. */
    void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
