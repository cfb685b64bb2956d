// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

/**
 * One evaluated trajectory, kept for plots: the reference and learned rollouts and the learned
 * eigenvalues (by decreasing magnitude, real parts) along the reference, with the exact ones.
 *
 * @param eps the stiffness parameter
 * @param times t_j
 * @param reference the reference states, {@code [time][d]}
 * @param learned the learned rollout, {@code [time][d]}
 * @param learnedEigenvalues real parts of the learned eigenvalues, {@code [time][d]}
 * @param exactEigenvalues real parts of the exact eigenvalues (fast first), {@code [time][d]}
 */
public record TrajectoryView(double eps, double[] times, double[][] reference, double[][] learned,
        double[][] learnedEigenvalues, double[][] exactEigenvalues) {
}
