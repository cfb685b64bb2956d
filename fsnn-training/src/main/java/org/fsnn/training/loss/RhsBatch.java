// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import org.fsnn.api.tensor.Tensor;

/**
 * Right-hand-side regression samples: states, their ε and the physical time derivatives there.
 *
 * @param states z, {@code [b, d]}
 * @param eps ε, {@code [b, 1]}
 * @param targets dz/dt, {@code [b, d]}
 */
public record RhsBatch(Tensor states, Tensor eps, Tensor targets) {
    /** Checks the shapes agree. */
    public RhsBatch {
        if (states.rank() != 2 || !targets.shape().equals(states.shape()) || eps.rank() != 2 || eps.dim(1) != 1
                || eps.dim(0) != states.dim(0)) {
            throw new IllegalArgumentException("RhsBatch: need states [b, d], eps [b, 1] and targets [b, d], got "
                    + states.shape() + ", " + eps.shape() + " and " + targets.shape());
        }
    }

    /** The number of samples. */
    public int size() {
        return states.dim(0);
    }
}
