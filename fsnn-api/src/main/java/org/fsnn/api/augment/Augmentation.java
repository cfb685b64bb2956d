// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.augment;

import org.fsnn.api.solver.ProgressListener;

/**
 * Turns base right-hand-side samples into an augmented set, e.g. by adding labelled states near
 * the base states. Immutable and deterministic: the same base, systems and seed give the same
 * result, bit for bit.
 */
public interface Augmentation {

    /**
     * Augments {@code base}.
     *
     * @param base the labelled samples to augment
     * @param systems the ground-truth system at each sample's ε, for labelling new states
     * @param seed the seed of every random draw
     * @param progress told how far labelling has come
     * @return the augmented samples, whose order the implementation documents
     */
    RhsSamples augment(RhsSamples base, SystemFamily systems, long seed, ProgressListener progress);

    /** {@link #augment(RhsSamples, SystemFamily, long, ProgressListener)} without progress reports. */
    default RhsSamples augment(RhsSamples base, SystemFamily systems, long seed) {
        return augment(base, systems, seed, ProgressListener.NONE);
    }
}
