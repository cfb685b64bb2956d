// SPDX-License-Identifier: Apache-2.0
/** Datasets, losses, optimizers, the trainer and experiments. */
module org.fsnn.training {
    requires transitive org.fsnn.layers;
    requires transitive org.fsnn.integrators;
    requires transitive org.fsnn.systems;
    requires transitive org.knowm.xchart;
    requires java.desktop;
    requires com.fasterxml.jackson.databind;
    requires hipparchus.core;

    exports org.fsnn.training.experiment;
    exports org.fsnn.training.export;
    exports org.fsnn.training.io;
    exports org.fsnn.training.metrics;
    exports org.fsnn.training.plot;
    exports org.fsnn.training.report;
}
