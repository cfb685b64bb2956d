// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import org.fsnn.api.backend.Backend;
import org.fsnn.training.data.FastSlowDataset;
import org.fsnn.training.data.ManifoldData;
import org.fsnn.training.data.TrajectoryData;
import org.fsnn.training.loss.FsnnBatch;
import org.fsnn.training.loss.TrajectoryBatch;

/** A simulated {@link FastSlowDataset} as one {@link FsnnBatch} of tensors on a backend. */
public final class FsnnData {
    private FsnnData() {}

    /** Every sequence and manifold point; an empty part becomes null. */
    public static FsnnBatch batch(FastSlowDataset data, Backend backend) {
        ManifoldData m = data.manifold();
        boolean manifold = m != null && m.count() > 0;
        return new FsnnBatch(trajectories(data.fast(), backend), trajectories(data.slow(), backend),
                manifold ? backend.fromArray(m.states(), m.count(), m.dimension()) : null,
                manifold ? backend.fromArray(m.epsilon(), m.count(), 1) : null);
    }

    /** The sequences as a {@link TrajectoryBatch}, or null when there are none. */
    public static TrajectoryBatch trajectories(TrajectoryData t, Backend backend) {
        if (t == null || t.count() == 0) {
            return null;
        }
        int p = t.steps() + 1;
        return new TrajectoryBatch(backend.fromArray(t.states(), t.count(), p, t.dimension()),
                backend.fromArray(t.times(), t.count(), p), backend.fromArray(t.epsilon(), t.count(), 1));
    }
}
