// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverStats;

/** Collects the states at the requested output times as a solver's steps pass them. */
final class OutputSampler {

    /** The solution inside one accepted step. */
    @FunctionalInterface
    interface Interpolant {
        /** Writes the state at {@code t}, a time inside the step, into {@code out}. */
        void stateAt(double t, double[] out);
    }

    private final double[] times;
    private final double[][] states;
    private final int dimension;
    private int next;

    /** Starts sampling; output times equal to {@code t0} get {@code z0} at once. */
    OutputSampler(double t0, double[] z0, double[] times) {
        this.times = times.clone();
        this.states = new double[times.length][];
        this.dimension = z0.length;
        while (next < times.length && times[next] == t0) {
            states[next++] = z0.clone();
        }
    }

    /** Whether every output time has its state. */
    boolean done() {
        return next == times.length;
    }

    /** The last output time: where integration stops. */
    double endTime() {
        return times[times.length - 1];
    }

    /** Samples every output time up to and including {@code stepEnd} from the step's interpolant. */
    void sampleUpTo(double stepEnd, Interpolant interpolant) {
        while (next < times.length && times[next] <= stepEnd) {
            double[] z = new double[dimension];
            interpolant.stateAt(times[next], z);
            states[next++] = z;
        }
    }

    /** The solution, once {@link #done()}. */
    Solution solution(SolverStats stats) {
        if (!done()) {
            throw new IllegalStateException("output time " + times[next] + " was never reached");
        }
        return new Solution(times, states, stats);
    }
}
