// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished FSNN run.
 *
 * @param runDir its run directory
 * @param experiment what was run
 * @param results the evaluation at each ε
 * @param bestLoss the best validation (or training) loss
 * @param trainSeconds wall time of training (NaN when not known, e.g. a re-evaluation of an old run)
 */
public record FsnnOutcome(Path runDir, FsnnExperiment experiment, List<FsnnEvaluation.EpsResult> results,
        double bestLoss, double trainSeconds) {
    /** Copies the list. */
    public FsnnOutcome {
        results = List.copyOf(results);
    }
}
