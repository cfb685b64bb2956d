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
 * @param shards the parts each batch is split into, each evaluated on a thread of its own and the
 *     gradients summed; changes the rounding of a run, not its mathematics
 */
public record TrainingSpec(int epochs, int batchSize, double validationFraction, int checkpointInterval, long seed,
        int shards) {

    /** The paper's batch size 8192, 200 epochs, 10% validation, seed 1, one shard. */
    public static final TrainingSpec DEFAULT = new TrainingSpec(200, 8192, 0.1, 10, 1);

    /** Validates every field. */
    public TrainingSpec {
        Checks.atLeast(epochs, 1, "training.epochs");
        Checks.atLeast(batchSize, 1, "training.batchSize");
        Checks.require(validationFraction >= 0 && validationFraction < 1, "training.validationFraction",
                "must be in [0, 1), got " + validationFraction);
        Checks.atLeast(checkpointInterval, 1, "training.checkpointInterval");
        Checks.require(shards >= 1 && shards <= batchSize, "training.shards",
                "must be in [1, batchSize = " + batchSize + "], got " + shards);
    }

    /** A budget with every batch evaluated whole (one shard). */
    public TrainingSpec(int epochs, int batchSize, double validationFraction, int checkpointInterval, long seed) {
        this(epochs, batchSize, validationFraction, checkpointInterval, seed, 1);
    }

    /** The same budget with another seed. */
    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(epochs, batchSize, validationFraction, checkpointInterval, newSeed, shards);
    }
}
