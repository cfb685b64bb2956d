// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.system.DynamicalSystem;

/**
 * Simulates sequences from given initial states, each at its own ε, with a reference solver on
 * many threads (one {@link org.fsnn.api.solver.BatchIntegration} call for all of them).
 */
public final class TrajectorySimulator {

    private TrajectorySimulator() {
    }

    /**
     * Integrates each initial state z0_i of the system at ε_i from t = 0 and records
     * {@code spec.steps() + 1} states at t = (delaySteps + k)·Δt_i, k = 0..steps, where
     * Δt_i = {@code spec.step(ε_i)}.
     *
     * @param solver the reference solver
     * @param systems the system at each ε
     * @param initial one initial state per sequence
     * @param epsilon one ε per sequence
     * @param spec the steps and step (its count is ignored: there is one sequence per initial state)
     * @param delaySteps the skipped time before the first recorded state, in steps
     * @param threads the threads to integrate on
     * @param progress told after each sequence
     * @throws IllegalArgumentException for no initial states, or as many epsilons as states
     */
    public static TrajectoryData simulate(SolverSpec solver, SystemFamily systems, double[][] initial,
            double[] epsilon, SubsetSpec spec, double delaySteps, int threads, ProgressListener progress) {
        int n = initial.length;
        if (n == 0) {
            throw new IllegalArgumentException("simulate: no initial states given");
        }
        if (epsilon.length != n) {
            throw new IllegalArgumentException("simulate: " + n + " initial states but " + epsilon.length + " epsilons");
        }
        Map<Double, DynamicalSystem> cache = new HashMap<>();
        List<Ensemble.Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(new Ensemble.Member(at(systems, cache, epsilon[i]), 0, spec.step(epsilon[i])));
        }
        int points = spec.steps() + 1;
        double[] outputs = new double[points];
        for (int k = 0; k < points; k++) {
            outputs[k] = delaySteps + k;
        }
        double[][][] solved = Ensemble.solve(solver, members, initial, outputs, threads, progress);
        int d = solved[0][0].length;
        double[] states = new double[n * points * d];
        double[] times = new double[n * points];
        for (int i = 0; i < n; i++) {
            double dt = members.get(i).scale();
            for (int k = 0; k < points; k++) {
                System.arraycopy(solved[i][k], 0, states, (i * points + k) * d, d);
                times[i * points + k] = dt * outputs[k];
            }
        }
        return new TrajectoryData(n, spec.steps(), d, states, times, epsilon.clone());
    }

    /** The system at ε from a per-call cache, so that each distinct ε is made once. */
    static DynamicalSystem at(SystemFamily systems, Map<Double, DynamicalSystem> cache, double epsilon) {
        return cache.computeIfAbsent(epsilon, systems::at);
    }
}
