// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.nio.file.Path;
import java.util.Map;

/**
 * The outcome of {@link Trainer#run}.
 *
 * @param epochs the last epoch trained
 * @param bestEpoch the epoch with the lowest validation loss (training loss without validation)
 * @param bestLoss that loss
 * @param lastTrainTerms the last epoch's mean training terms, by name
 * @param checkpoint the checkpoint file
 * @param log the CSV log
 */
public record TrainingResult(int epochs, int bestEpoch, double bestLoss, Map<String, Double> lastTrainTerms,
        Path checkpoint, Path log) {}
