// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fsnn.api.solver.BatchIntegration;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the reference solvers on batches of trajectories of the real systems: batches per
 * second, and (as auxiliary counters) accepted steps and right-hand-side evaluations per second.
 *
 * <p>Each batch integrates {@code trajectories} initial states, drawn with a fixed seed from the
 * system's sampling region, from 0 to {@code tEnd} with the solver's default tolerances, on
 * {@code threads} threads (0 means one per core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SolverThroughputBenchmark {

    /** The system, by plugin name. */
    @Param({"lorenz96-two-scale", "davis-skodje"})
    public String system;

    /** The solver, by plugin name. */
    @Param({"dopri5"})
    public String solver;

    /** Trajectories per batch. */
    @Param({"64"})
    public int trajectories;

    /** Threads per batch; 0 means one per available core. */
    @Param({"1", "0"})
    public int threads;

    /** The end of each trajectory. */
    @Param({"1.0"})
    public double tEnd;

    private DynamicalSystem dynamicalSystem;
    private OdeSolver odeSolver;
    private double[][] initialStates;
    private double[] outputTimes;
    private int threadCount;

    /** Work done, reported by JMH as rates next to the batch throughput. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        /** Accepted steps, summed over the batch. */
        public long steps;
        /** Right-hand-side evaluations, summed over the batch. */
        public long rhsEvaluations;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            steps = 0;
            rhsEvaluations = 0;
        }
    }

    /** Resolves the plugins and draws the initial states. */
    @Setup
    public void setUp() {
        Registry<SystemProvider> systems = Registry.load(SystemProvider.class);
        SystemProvider systemProvider = systems.find(system).orElseThrow(() -> new IllegalStateException(
                "system '" + system + "' is not on the module path (found: " + systems.names()
                        + "); the benchmark needs the fsnn-systems module"));
        dynamicalSystem = systemProvider.create(Params.resolve(system, systemProvider.parameters(), Map.of()));
        SolverProvider solverProvider = Registry.load(SolverProvider.class).get(solver);
        odeSolver = solverProvider.create(Params.resolve(solver, solverProvider.parameters(), Map.of()));
        int d = dynamicalSystem.dimension();
        double[] flat = new double[trajectories * d];
        dynamicalSystem.sampleInitialStates(new SplittableRandom(20_240_601L), trajectories, flat);
        initialStates = new double[trajectories][d];
        for (int i = 0; i < trajectories; i++) {
            System.arraycopy(flat, i * d, initialStates[i], 0, d);
        }
        outputTimes = new double[] {0, tEnd};
        threadCount = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Integrates one batch; returns the final states so that the work cannot be eliminated. */
    @Benchmark
    public List<Solution> batch(Work work) {
        List<Solution> solutions = BatchIntegration.solve(odeSolver, dynamicalSystem, 0, initialStates, outputTimes,
                threadCount, ProgressListener.NONE);
        for (Solution solution : solutions) {
            work.steps += solution.stats().acceptedSteps();
            work.rhsEvaluations += solution.stats().rhsEvaluations();
        }
        return solutions;
    }
}
