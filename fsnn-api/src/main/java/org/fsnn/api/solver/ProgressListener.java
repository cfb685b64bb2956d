// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

/** Told how far a batch of integrations has come. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Called once after each trajectory finishes, from the thread that finished it, with calls
     * serialized so that {@code done} rises by one each time.
     *
     * @param done how many trajectories are finished
     * @param total how many there are
     */
    void progress(int done, int total);
}
