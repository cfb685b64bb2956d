// SPDX-License-Identifier: Apache-2.0
/**
 * The generic {@link org.fsnn.training.train.Trainer}: seeded mini-batches, validation and best
 * parameters, CSV log, atomic JSON {@link org.fsnn.training.train.Checkpoint checkpoints} and
 * exact resume, and stopping on non-finite losses.
 */
package org.fsnn.training.train;
