// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

/**
 * The discrete L2 trajectory error of paper eq. 17:
 * E_roll = ( 1/(N+1) Σ_{j=0..N} ‖x_θ(t_j) − x*(t_j)‖² )^{1/2}.
 */
public final class RolloutError {
    private RolloutError() {
    }

    /**
     * E_roll of one trajectory pair.
     *
     * @param learned the learned rollout, {@code learned[j]} the state at t_j
     * @param reference the reference trajectory at the same times
     */
    public static double l2(double[][] learned, double[][] reference) {
        if (learned.length != reference.length || learned.length == 0) {
            throw new IllegalArgumentException("rollout error: trajectories of " + learned.length + " and "
                    + reference.length + " points; they must be equally long and non-empty");
        }
        double sum = 0;
        for (int j = 0; j < learned.length; j++) {
            for (int i = 0; i < learned[j].length; i++) {
                double diff = learned[j][i] - reference[j][i];
                sum += diff * diff;
            }
        }
        return Math.sqrt(sum / learned.length);
    }

    /**
     * E_roll of each of {@code count} trajectories stored side by side (as {@link Rk4Rollout}
     * returns them), averaged over the trajectories.
     */
    public static double meanL2(double[][] learned, double[][] reference, int count) {
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += l2(trajectory(learned, k, count), trajectory(reference, k, count));
        }
        return total / count;
    }

    /** Trajectory {@code k} of {@code count} stored side by side, as {@code [time][d]}. */
    public static double[][] trajectory(double[][] batch, int k, int count) {
        int d = batch[0].length / count;
        double[][] out = new double[batch.length][d];
        for (int j = 0; j < batch.length; j++) {
            System.arraycopy(batch[j], k * d, out[j], 0, d);
        }
        return out;
    }
}
