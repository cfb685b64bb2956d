// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.util.Arrays;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.loss.FsnnBatch;
import org.fsnn.training.loss.TrajectoryBatch;

/**
 * FSNN training samples held in memory: one index space over the fast-scale trajectories, then
 * the slow-scale trajectories, then the manifold states; a batch holds whichever of them its
 * indices pick.
 */
public final class FsnnSamples implements BatchSource<FsnnBatch> {
    private final FsnnBatch all;
    private final int fastCount;
    private final int slowCount;
    private final int manifoldCount;

    /** @param all every sample */
    public FsnnSamples(FsnnBatch all) {
        this.all = all;
        fastCount = all.fast() == null ? 0 : all.fast().size();
        slowCount = all.slow() == null ? 0 : all.slow().size();
        manifoldCount = all.manifold() == null ? 0 : all.manifold().dim(0);
    }

    @Override
    public int size() {
        return fastCount + slowCount + manifoldCount;
    }

    @Override
    public FsnnBatch batch(int[] indices) {
        int[] fast = Arrays.stream(indices).filter(i -> i < fastCount).toArray();
        int[] slow = Arrays.stream(indices).filter(i -> i >= fastCount && i < fastCount + slowCount)
                .map(i -> i - fastCount).toArray();
        int[] manifold = Arrays.stream(indices).filter(i -> i >= fastCount + slowCount)
                .map(i -> i - fastCount - slowCount).toArray();
        for (int i : indices) {
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("FsnnSamples: index " + i + " outside [0, " + size() + ")");
            }
        }
        return new FsnnBatch(trajectories(all.fast(), fast), trajectories(all.slow(), slow),
                manifold.length == 0 ? null : rows(all.manifold(), manifold),
                manifold.length == 0 ? null : rows(all.manifoldEps(), manifold));
    }

    private static TrajectoryBatch trajectories(TrajectoryBatch t, int[] idx) {
        if (idx.length == 0) {
            return null;
        }
        int p = t.points();
        int n = t.stateDim();
        Tensor flat = t.states().reshape(t.size(), p * n);
        return new TrajectoryBatch(rows(flat, idx).reshape(idx.length, p, n), rows(t.times(), idx), rows(t.eps(), idx));
    }

    private static Tensor rows(Tensor t, int[] idx) {
        return t.backend().gatherRows(t, idx);
    }
}
