// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;

/**
 * The training samples of an experiment (paper Algorithms 2 and 3): at every ε of the grid,
 * {@code data.trajectories} reference trajectories from random initial states of the system's
 * sampler, integrated by {@code dopri5} at rtol 1e-9, atol 1e-12 and sampled every {@code data.dt}
 * up to {@code data.tEnd}; each sample labelled per {@code data.labels} ({@code direct} = the exact
 * right-hand side, or the burst variants of {@link org.fsnn.training.data.LabelMode}); then the
 * augmentation, if any.
 *
 * @param dimension the state dimension d
 * @param states the sampled states, {@code [n, d]}
 * @param eps each sample's ε
 * @param labels the right-hand-side labels, {@code [n, d]}
 * @param baseCount how many samples lie on the trajectories (the rest come from augmentation)
 */
record TrainingData(int dimension, double[] states, double[] eps, double[] labels, int baseCount) {

    /** The number of samples. */
    int count() {
        return eps.length;
    }

    /** Makes the samples of {@code experiment}; every random draw comes from {@code rng}. */
    static TrainingData generate(Experiment experiment, SystemFamilies systems, SplittableRandom rng) {
        DataSpec spec = experiment.data();
        OdeSolver solver = referenceSolver();
        int points = spec.pointsPerTrajectory();
        double[] times = new double[points];
        for (int k = 0; k < points; k++) {
            times[k] = k * spec.dt();
        }
        List<double[]> states = new ArrayList<>();
        List<Double> epsOf = new ArrayList<>();
        int d = systems.at(experiment.epsGrid().getFirst()).dimension();
        for (double eps : experiment.epsGrid()) {
            DynamicalSystem system = systems.at(eps);
            double[] initial = new double[spec.trajectories() * d];
            system.sampleInitialStates(rng.split(), spec.trajectories(), initial);
            for (int i = 0; i < spec.trajectories(); i++) {
                double[] z0 = java.util.Arrays.copyOfRange(initial, i * d, (i + 1) * d);
                Solution solution = solver.solve(system, 0, z0, times);
                for (double[] z : solution.states()) {
                    states.add(z);
                    epsOf.add(eps);
                }
            }
        }
        int n = states.size();
        double[] z = new double[n * d];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(states.get(i), 0, z, i * d, d);
            e[i] = epsOf.get(i);
        }
        RhsSamples base = Labels.compute(spec, systems, d, z, e, ProgressListener.NONE);
        RhsSamples all = spec.augmented()
                ? Augmentations.apply(experiment, systems, base, rng.split().nextLong(), ProgressListener.NONE)
                : base;
        return new TrainingData(d, all.states(), all.epsilon(), all.labels(), n);
    }

    private static OdeSolver referenceSolver() {
        SolverProvider p = Registry.load(SolverProvider.class).get("dopri5");
        return p.create(Params.resolve(p.name(), p.parameters(), Map.of("rtol", 1e-9, "atol", 1e-12)));
    }
}
