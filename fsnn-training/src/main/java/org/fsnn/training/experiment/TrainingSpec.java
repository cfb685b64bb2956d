// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/**
 * The training budget.
 *
 * @param epochs passes over the training set
 * @param batchSize samples per step
 * @param validationFraction the share of samples held out for validation, in [0, 1)
 * @param checkpointInterval epochs between checkpoints (the last epoch is always saved)
 * @param seed the seed of every random choice of the run (data, initialization, batches)
 */
public record TrainingSpec(int epochs, int batchSize, double validationFraction, int checkpointInterval, long seed) {

    /** The paper's batch size 8192, 200 epochs, 10% validation, seed 1. */
    public static final TrainingSpec DEFAULT = new TrainingSpec(200, 8192, 0.1, 10, 1);

    /** Validates every field. */
    public TrainingSpec {
        Checks.atLeast(epochs, 1, "training.epochs");
        Checks.atLeast(batchSize, 1, "training.batchSize");
        Checks.require(validationFraction >= 0 && validationFraction < 1, "training.validationFraction",
                "must be in [0, 1), got " + validationFraction);
        Checks.atLeast(checkpointInterval, 1, "training.checkpointInterval");
    }

    /** The same budget with another seed. */
    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(epochs, batchSize, validationFraction, checkpointInterval, newSeed);
    }
}
