// SPDX-License-Identifier: Apache-2.0
/** Datasets, losses, optimizers, the trainer and experiments. */
module org.fsnn.training {
    requires transitive org.fsnn.layers;
    requires transitive org.fsnn.integrators;
    requires transitive org.fsnn.systems;
    requires transitive org.knowm.xchart;
    requires java.desktop;
    requires com.fasterxml.jackson.databind;

    exports org.fsnn.training.io;
    exports org.fsnn.training.plot;
    exports org.fsnn.training.data;
    exports org.fsnn.training.augment;

    provides org.fsnn.api.augment.AugmentationProvider with org.fsnn.training.augment.FuzzyCloudProvider;
}
