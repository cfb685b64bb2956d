// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.loss.RhsBatch;

/** Right-hand-side samples held in memory: every row of an {@link RhsBatch} is a sample. */
public final class RhsSamples implements BatchSource<RhsBatch> {
    private final RhsBatch all;

    /** @param all every sample */
    public RhsSamples(RhsBatch all) {
        this.all = all;
    }

    /** Every sample as one batch. */
    public RhsBatch all() {
        return all;
    }

    @Override
    public int size() {
        return all.size();
    }

    @Override
    public RhsBatch batch(int[] indices) {
        return new RhsBatch(rows(all.states(), indices), rows(all.eps(), indices), rows(all.targets(), indices));
    }

    private static Tensor rows(Tensor t, int[] indices) {
        return t.backend().gatherRows(t, indices);
    }
}
