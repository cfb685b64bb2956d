// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;

/**
 * Evaluates a learned right-hand side against the exact system (paper Sec. 3.4 and 5.4).
 *
 * <p>At each ε, {@code trajectories} initial states are drawn from the system's sampling region
 * with a fixed seed. The reference trajectory is the <em>exact</em> right-hand side integrated by
 * RK4 at the same Δt as the learned rollout, so E_roll measures the model's error and not the
 * integrator's (RK4 at Δt = 0.01 is stable for every ε ≥ 0.0036 since |λ_fast|Δt must stay
 * below 2.78). Jacobian eigenvalues are taken at the reference trajectory's points.
 */
public final class Evaluator {
    private final int trajectories;
    private final double dt;
    private final int steps;
    private final long seed;

    /**
     * @param trajectories initial states per ε
     * @param dt the RK4 step
     * @param tEnd the horizon; the rollout takes round(tEnd/dt) steps
     * @param seed the seed of the initial states
     */
    public Evaluator(int trajectories, double dt, double tEnd, long seed) {
        if (trajectories < 1 || !(dt > 0) || !(tEnd >= dt)) {
            throw new IllegalArgumentException("evaluation needs trajectories >= 1 and 0 < dt <= tEnd, got "
                    + trajectories + ", dt = " + dt + ", tEnd = " + tEnd);
        }
        this.trajectories = trajectories;
        this.dt = dt;
        this.steps = Rk4Rollout.steps(dt, tEnd);
        this.seed = seed;
    }

    /** The metrics at one ε, and the first trajectory for plots. */
    public record Result(EpsMetrics metrics, TrajectoryView view) {
    }

    /**
     * Evaluates {@code model} against {@code system} (whose ε is {@code eps}).
     *
     * @throws IllegalArgumentException if the system knows no exact fast/slow eigenvalues
     */
    public Result evaluate(DynamicalSystem system, double eps, LearnedModel model) {
        int d = system.dimension();
        if (model.dimension() != d) {
            throw new IllegalArgumentException("the model has dimension " + model.dimension() + " but the system "
                    + d);
        }
        double[] z0 = new double[trajectories * d];
        system.sampleInitialStates(new SplittableRandom(seed), trajectories, z0);
        double[][] reference = Rk4Rollout.rollout(BatchField.of(system), z0, trajectories, dt, steps);
        double[][] learned = Rk4Rollout.rollout(model.at(eps), z0, trajectories, dt, steps);
        double rollout = RolloutError.meanL2(learned, reference, trajectories);

        int points = (steps + 1) * trajectories;
        double[] flat = new double[points * d];
        for (int j = 0; j <= steps; j++) {
            System.arraycopy(reference[j], 0, flat, j * trajectories * d, trajectories * d);
        }
        double[] jac = model.jacobians(flat, eps, points);
        EigenvalueErrors errors = new EigenvalueErrors();
        double[][] learnedEig = new double[steps + 1][];
        double[][] exactEig = new double[steps + 1][];
        double[] z = new double[d];
        for (int p = 0; p < points; p++) {
            System.arraycopy(flat, p * d, z, 0, d);
            Eigenvalues fast = system.fastEigenvalues(z).orElseThrow(() -> noExact(system));
            Eigenvalues slow = system.slowEigenvalues(z).orElseThrow(() -> noExact(system));
            Eigenvalues learnedHere = Spectra.byMagnitude(jac, p * d * d, d);
            errors.add(learnedHere, fast, slow);
            if (p % trajectories == 0) { // the first trajectory, kept for plots
                int j = p / trajectories;
                learnedEig[j] = learnedHere.re();
                exactEig[j] = Eigenvalues.concat(Spectra.sortByMagnitude(fast), Spectra.sortByMagnitude(slow)).re();
            }
        }
        double[] times = new double[steps + 1];
        for (int j = 0; j <= steps; j++) {
            times[j] = j * dt;
        }
        TrajectoryView view = new TrajectoryView(eps, times, RolloutError.trajectory(reference, 0, trajectories),
                RolloutError.trajectory(learned, 0, trajectories), learnedEig, exactEig);
        return new Result(new EpsMetrics(eps, rollout, errors.fastMae(), errors.slowMae()), view);
    }

    /** Evaluates at several ε, one system per ε. */
    public List<Result> evaluate(java.util.function.DoubleFunction<DynamicalSystem> systemAt, List<Double> eps,
            LearnedModel model) {
        List<Result> out = new ArrayList<>();
        for (double e : eps) {
            out.add(evaluate(systemAt.apply(e), e, model));
        }
        return out;
    }

    private static IllegalArgumentException noExact(DynamicalSystem system) {
        return new IllegalArgumentException("system " + system.params()
                + " knows no exact fast/slow eigenvalues, which eq. 18 compares with");
    }
}
