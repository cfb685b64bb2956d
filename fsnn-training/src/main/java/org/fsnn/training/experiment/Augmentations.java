// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/** Applies the experiment's augmentation plugin to the base samples. */
final class Augmentations {
    private Augmentations() {
    }

    /** Fails unless the experiment's augmentation is known. */
    static void validate(Experiment experiment) {
        if (experiment.data().augmented()) {
            throw new IllegalArgumentException("$.data.augmentation: '" + experiment.data().augmentation()
                    + "' is not available in this build; known: [none]");
        }
    }

    static TrainingData apply(Experiment experiment, SystemFamilies systems, TrainingData base, long seed) {
        throw new IllegalArgumentException("$.data.augmentation: '" + experiment.data().augmentation()
                + "' is not available in this build; known: [none]");
    }
}
