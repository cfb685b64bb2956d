// SPDX-License-Identifier: Apache-2.0
/** Datasets, losses, optimizers, the trainer and experiments. */
module org.fsnn.training {
    requires transitive org.fsnn.layers;
    requires transitive org.fsnn.integrators;
    requires transitive org.fsnn.systems;
}
