// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;

/**
 * How a trained model is evaluated (paper eqs. 17–18): rollouts with RK4 at step {@code dt} to
 * {@code tEnd} from {@code trajectories} random initial states per ε, and Jacobian eigenvalues
 * along the reference trajectories.
 *
 * @param eps the ε values to evaluate at; empty means the training grid
 * @param headlineEps the ε whose numbers are the run's headline metrics
 * @param trajectories initial states per ε
 * @param dt the RK4 step of rollouts
 * @param tEnd the rollout horizon
 * @param seed the seed of the evaluation's initial states (independent of training)
 */
public record EvaluationSpec(List<Double> eps, double headlineEps, int trajectories, double dt, double tEnd,
        long seed) {

    /** The paper's evaluation: RK4 with Δt = 0.01 to T = 6 (footnote 2), headline at ε = 0.05. */
    public static final EvaluationSpec PAPER = new EvaluationSpec(List.of(), 0.05, 8, 0.01, 6.0, 1234);

    /** Validates every field. */
    public EvaluationSpec {
        eps = Checks.positives(eps, "evaluation.eps", true);
        Checks.positive(headlineEps, "evaluation.headlineEps");
        Checks.atLeast(trajectories, 1, "evaluation.trajectories");
        Checks.positive(dt, "evaluation.dt");
        Checks.positive(tEnd, "evaluation.tEnd");
        Checks.require(dt <= tEnd, "evaluation.dt", "must not exceed evaluation.tEnd = " + tEnd + ", got " + dt);
    }

    /** The same settings at other ε values. */
    public EvaluationSpec withEps(List<Double> newEps) {
        return new EvaluationSpec(newEps, headlineEps, trajectories, dt, tEnd, seed);
    }
}
