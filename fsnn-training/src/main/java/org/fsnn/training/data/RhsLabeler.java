// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;

/**
 * Labels states with right-hand sides as a {@link LabelSpec} says: f(z) directly, or by central
 * differences of forward and backward micro-integrations with the reference solver (Alg. 4 of the
 * stiff operator-learning paper). All micro-integrations of a call run as one multi-threaded batch.
 */
public final class RhsLabeler {

    private RhsLabeler() {
    }

    /**
     * Labels every state at its ε (autonomous systems are assumed: bursts start at t = 0).
     *
     * @param spec how to label
     * @param systems the ground-truth system at each ε
     * @param dimension the state dimension d
     * @param states the states, {@code count × d}
     * @param epsilon each state's ε
     * @param threads the threads for the micro-integrations
     * @param progress told after each micro-integration (two per state for bursts)
     * @return the labelled samples (sharing {@code states} and {@code epsilon})
     */
    public static RhsSamples label(LabelSpec spec, SystemFamily systems, int dimension, double[] states,
            double[] epsilon, int threads, ProgressListener progress) {
        int n = epsilon.length;
        int d = dimension;
        Map<Double, DynamicalSystem> cache = new HashMap<>();
        double[] labels = new double[n * d];
        if (spec.mode() == LabelMode.DIRECT) {
            double[] z = new double[d];
            double[] f = new double[d];
            for (int i = 0; i < n; i++) {
                System.arraycopy(states, i * d, z, 0, d);
                TrajectorySimulator.at(systems, cache, epsilon[i]).rhs(0, z, f);
                System.arraycopy(f, 0, labels, i * d, d);
            }
            progress.progress(n, n);
            return new RhsSamples(d, states, epsilon, labels);
        }
        if (n == 0) {
            return new RhsSamples(d, states, epsilon, labels);
        }
        double[] tau = new double[n];
        List<Ensemble.Member> members = new ArrayList<>(2 * n);
        double[][] starts = new double[2 * n][];
        for (int i = 0; i < n; i++) {
            DynamicalSystem system = TrajectorySimulator.at(systems, cache, epsilon[i]);
            double[] z = java.util.Arrays.copyOfRange(states, i * d, (i + 1) * d);
            tau[i] = spec.mode() == LabelMode.BURST_ADAPTIVE ? spec.localTau(fastestRate(system, z)) : spec.tau();
            members.add(new Ensemble.Member(system, 0, tau[i]));
            members.add(new Ensemble.Member(system, 0, -tau[i]));
            starts[2 * i] = z;
            starts[2 * i + 1] = z;
        }
        boolean richardson = spec.mode() == LabelMode.BURST_RICHARDSON;
        double[] outputs = richardson ? new double[] {0.5, 1} : new double[] {1};
        double[][][] ends = Ensemble.solve(spec.solver(), members, starts, outputs, threads, progress);
        int last = outputs.length - 1;
        for (int i = 0; i < n; i++) {
            double[] plus = ends[2 * i][last];
            double[] minus = ends[2 * i + 1][last];
            for (int c = 0; c < d; c++) {
                double full = (plus[c] - minus[c]) / (2 * tau[i]);
                if (richardson) {
                    double half = (ends[2 * i][0][c] - ends[2 * i + 1][0][c]) / tau[i];
                    labels[i * d + c] = (4 * half - full) / 3;
                } else {
                    labels[i * d + c] = full;
                }
            }
        }
        return new RhsSamples(d, states, epsilon, labels);
    }

    /**
     * The fastest local rate ρ at {@code z}: the largest |λ| of the system's fast eigenvalues where
     * known, otherwise the ∞-norm of its Jacobian.
     */
    static double fastestRate(DynamicalSystem system, double[] z) {
        var fast = system.fastEigenvalues(z);
        if (fast.isPresent() && fast.get().size() > 0) {
            Eigenvalues e = fast.get();
            double[] re = e.re();
            double[] im = e.im();
            double rate = 0;
            for (int k = 0; k < re.length; k++) {
                rate = Math.max(rate, Math.hypot(re[k], im[k]));
            }
            return rate;
        }
        int d = system.dimension();
        double[] jac = new double[d * d];
        system.jacobian(0, z, jac);
        double norm = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += Math.abs(jac[i * d + j]);
            }
            norm = Math.max(norm, row);
        }
        return norm;
    }
}
