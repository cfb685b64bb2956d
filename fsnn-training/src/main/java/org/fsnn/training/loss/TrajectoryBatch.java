// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import org.fsnn.api.tensor.Tensor;

/**
 * Trajectories sampled at increasing times, one ε each.
 *
 * @param states z_n, {@code [b, T + 1, N]}
 * @param times t_n, {@code [b, T + 1]}, strictly increasing along each row
 * @param eps ε, {@code [b, 1]}
 */
public record TrajectoryBatch(Tensor states, Tensor times, Tensor eps) {
    /** Checks shapes and that times increase. */
    public TrajectoryBatch {
        if (states.rank() != 3 || times.rank() != 2 || eps.rank() != 2 || eps.dim(1) != 1
                || times.dim(0) != states.dim(0) || times.dim(1) != states.dim(1) || eps.dim(0) != states.dim(0)
                || states.dim(1) < 2) {
            throw new IllegalArgumentException("TrajectoryBatch: need states [b, T+1, N], times [b, T+1] and eps [b, 1]"
                    + " with T >= 1, got " + states.shape() + ", " + times.shape() + " and " + eps.shape());
        }
        double[] t = times.toArray();
        int n = times.dim(1);
        for (int i = 0; i < t.length; i++) {
            if (i % n != 0 && !(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("TrajectoryBatch: times must increase along each trajectory; row "
                        + i / n + " has t[" + (i % n) + "] = " + t[i] + " after " + t[i - 1]);
            }
        }
    }

    /** b, the number of trajectories. */
    public int size() {
        return states.dim(0);
    }

    /** T + 1, the number of points per trajectory. */
    public int points() {
        return states.dim(1);
    }

    /** N, the state dimension. */
    public int stateDim() {
        return states.dim(2);
    }
}
