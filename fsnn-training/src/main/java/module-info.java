// SPDX-License-Identifier: Apache-2.0
/** Datasets, losses, optimizers, the trainer and experiments. */
module org.fsnn.training {
    requires transitive org.fsnn.layers;
    requires transitive org.fsnn.integrators;
    requires transitive org.fsnn.systems;
    requires transitive org.knowm.xchart;
    requires java.desktop;
    requires transitive com.fasterxml.jackson.databind;
    requires hipparchus.core;

    exports org.fsnn.training.experiment;
    exports org.fsnn.training.fsnn;
    exports org.fsnn.training.export;
    exports org.fsnn.training.io;
    exports org.fsnn.training.metrics;
    exports org.fsnn.training.plot;
    exports org.fsnn.training.report;
    exports org.fsnn.training.optim;
    exports org.fsnn.training.transform;
    exports org.fsnn.training.loss;
    exports org.fsnn.training.model;
    exports org.fsnn.training.train;
    exports org.fsnn.training.data;
    exports org.fsnn.training.augment;

    provides org.fsnn.api.transform.TargetTransformProvider with
            org.fsnn.training.transform.IdentityTransform,
            org.fsnn.training.transform.AsinhMadProvider;
    provides org.fsnn.api.loss.LossProvider with
            org.fsnn.training.loss.RhsMseProvider,
            org.fsnn.training.loss.FsnnLossProvider,
            org.fsnn.training.loss.FsnnLossProvider.SystemTerm,
            org.fsnn.training.loss.FsnnLossProvider.FastTerm,
            org.fsnn.training.loss.FsnnLossProvider.SlowTerm,
            org.fsnn.training.loss.FsnnLossProvider.ManifoldTerm;
    provides org.fsnn.api.augment.AugmentationProvider with org.fsnn.training.augment.FuzzyCloudProvider;
}
