// SPDX-License-Identifier: Apache-2.0
/**
 * Experiments: immutable records of everything a run needs ({@link
 * org.fsnn.training.experiment.Experiment}, built in code or read strictly from JSON by {@link
 * org.fsnn.training.experiment.ExperimentJson}), the shipped {@link
 * org.fsnn.training.experiment.Presets}, and the {@link org.fsnn.training.experiment.ExperimentRunner}
 * that turns one into a run directory; {@link org.fsnn.training.experiment.Ablation} and {@link
 * org.fsnn.training.experiment.Reproductions} run several.
 */
package org.fsnn.training.experiment;
