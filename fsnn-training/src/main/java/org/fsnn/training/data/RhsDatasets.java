// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;

/** Right-hand-side datasets built from trajectories: Alg. 2 of the stiff operator-learning paper. */
public final class RhsDatasets {

    private RhsDatasets() {
    }

    /**
     * Labels every state of every sequence at the sequence's ε: the base dataset D_base of Alg. 2,
     * in sequence-major order (sequence i, step k at row i·(steps + 1) + k).
     *
     * @param trajectories the sequences
     * @param systems the ground-truth system at each ε
     * @param labels how to label
     * @param threads the threads for burst micro-integrations
     * @param progress told how far labelling has come
     */
    public static RhsSamples fromTrajectories(TrajectoryData trajectories, SystemFamily systems, LabelSpec labels,
            int threads, ProgressListener progress) {
        int points = trajectories.steps() + 1;
        double[] epsilon = new double[trajectories.count() * points];
        for (int i = 0; i < trajectories.count(); i++) {
            java.util.Arrays.fill(epsilon, i * points, (i + 1) * points, trajectories.epsilon()[i]);
        }
        return RhsLabeler.label(labels, systems, trajectories.dimension(), trajectories.states(), epsilon, threads,
                progress);
    }
}
