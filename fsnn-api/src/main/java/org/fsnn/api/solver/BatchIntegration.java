// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.fsnn.api.system.DynamicalSystem;

/**
 * Integrates many initial states of one system on a fixed pool of threads.
 *
 * <p>Each trajectory is an independent call of {@link OdeSolver#solve}, so the results are the
 * same, bit for bit, whatever the number of threads.
 */
public final class BatchIntegration {

    private BatchIntegration() {
    }

    /**
     * Integrates every initial state from {@code t0} and samples each at the same output times.
     *
     * @param solver the solver, shared by all threads
     * @param system the system, whose {@code rhs} and {@code jacobian} must be safe to call
     *     concurrently (they write only to the caller's arrays)
     * @param t0 the initial time
     * @param initialStates one initial state per trajectory
     * @param outputTimes the output times, as for {@link OdeSolver#solve}
     * @param threads how many threads to use, at least 1; more than there are trajectories is fine
     * @param progress told after each trajectory finishes
     * @return one solution per initial state, in the same order
     * @throws IllegalArgumentException for fewer than one thread
     * @throws SolverException or another runtime exception: the failure of the first trajectory
     *     (by index) that failed; the remaining ones are cancelled
     */
    public static List<Solution> solve(OdeSolver solver, DynamicalSystem system, double t0, double[][] initialStates,
            double[] outputTimes, int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("batch integration needs at least 1 thread, got " + threads);
        }
        int count = initialStates.length;
        Object lock = new Object();
        int[] done = {0};
        List<Callable<Solution>> tasks = new ArrayList<>(count);
        for (double[] z0 : initialStates) {
            tasks.add(() -> {
                Solution solution = solver.solve(system, t0, z0, outputTimes);
                synchronized (lock) {
                    done[0]++;
                    progress.progress(done[0], count);
                }
                return solution;
            });
        }
        if (threads == 1 || count <= 1) {
            List<Solution> solutions = new ArrayList<>(count);
            for (var task : tasks) {
                solutions.add(call(task));
            }
            return solutions;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), daemonThreads());
        try {
            List<Future<Solution>> futures = new ArrayList<>(count);
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Solution> solutions = new ArrayList<>(count);
            for (Future<Solution> future : futures) {
                solutions.add(await(future));
            }
            return solutions;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Solution call(Callable<Solution> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Solution await(Future<Solution> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch integration was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fsnn-solver-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
