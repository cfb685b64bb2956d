// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.train.TrainerConfig;

/** Turns an experiment's records into the training stack's configurations and model. */
final class ModelFactory {
    private ModelFactory() {
    }

    /** The {@link RhsModel} configuration: network and transform. */
    static ConfigNode modelConfig(Experiment e) {
        return ConfigNode.of("$", Map.of(
                "network", Map.of("hidden", List.copyOf(e.model().hidden()), "activation", e.model().activation()),
                "transform", Map.of("name", e.transform())));
    }

    /** A model with normalization and transform fitted on the data. */
    static RhsModel fit(Experiment e, Backend backend, Tensor states, Tensor eps, Tensor targets,
            SplittableGenerator rng) {
        return RhsModel.fit(modelConfig(e), states, eps, targets, backend, rng);
    }

    /** A model to be filled from a checkpoint. */
    static RhsModel unfitted(Experiment e, int dimension, Backend backend, SplittableGenerator rng) {
        return RhsModel.unfitted(modelConfig(e), dimension, backend, rng);
    }

    /** The trainer's settings for a data set of {@code samples} samples (training and validation). */
    static TrainerConfig trainerConfig(Experiment e, int samples, boolean progress) {
        TrainingSpec t = e.training();
        long updates = (long) t.epochs() * TrainerConfig.batchesPerEpoch(samples, t.validationFraction(), t.batchSize());
        return new TrainerConfig(t.epochs(), t.batchSize(), t.validationFraction(), t.seed(), t.checkpointInterval(),
                true, progress, e.optimizer().optimizer(updates), t.shards());
    }
}
