// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import org.fsnn.api.tensor.Tensor;

/**
 * The data of one step of FSNN training (section 4 of the FSNN paper): fast-scale trajectories
 * (rolled out with the full IMEX scheme (3.22)), slow-scale trajectories (rolled out with the
 * slow-manifold closure (3.23)) and states on the slow manifold. Any part may be absent (null).
 *
 * @param fast fast-scale trajectories, or null
 * @param slow slow-scale trajectories, or null
 * @param manifold states on the slow manifold, {@code [m, N]}, or null
 * @param manifoldEps their ε, {@code [m, 1]}, null exactly when {@code manifold} is
 */
public record FsnnBatch(TrajectoryBatch fast, TrajectoryBatch slow, Tensor manifold, Tensor manifoldEps) {
    /** Checks that the manifold parts come together and fit. */
    public FsnnBatch {
        if ((manifold == null) != (manifoldEps == null)) {
            throw new IllegalArgumentException("FsnnBatch: manifold states and their eps must both be given or both absent");
        }
        if (manifold != null && (manifold.rank() != 2 || manifoldEps.rank() != 2 || manifoldEps.dim(1) != 1
                || manifoldEps.dim(0) != manifold.dim(0))) {
            throw new IllegalArgumentException("FsnnBatch: need manifold [m, N] and manifoldEps [m, 1], got "
                    + manifold.shape() + " and " + manifoldEps.shape());
        }
        if (fast == null && slow == null && manifold == null) {
            throw new IllegalArgumentException("FsnnBatch: empty batch");
        }
    }

    /** The number of trajectories, fast and slow (N_d of eqs. 4.3). */
    public int trajectoryCount() {
        return (fast == null ? 0 : fast.size()) + (slow == null ? 0 : slow.size());
    }
}
