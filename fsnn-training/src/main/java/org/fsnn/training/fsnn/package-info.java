// SPDX-License-Identifier: Apache-2.0
/**
 * Training and evaluating the fast–slow neural network end to end: an {@link
 * org.fsnn.training.fsnn.FsnnExperiment} (data recipe, network, {@link
 * org.fsnn.training.fsnn.FsnnInit initialization}, loss with IMEX sub-steps, trainer, evaluation)
 * becomes a run directory through the {@link org.fsnn.training.fsnn.FsnnRunner}; {@link
 * org.fsnn.training.fsnn.FsnnEvaluation} compares rollouts and fast eigenvalues with the system,
 * beside the {@link org.fsnn.training.fsnn.DiscretizationFloor}; {@link
 * org.fsnn.training.fsnn.FsnnReproductions} lists the paper's examples by name.
 */
package org.fsnn.training.fsnn;
