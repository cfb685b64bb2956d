// SPDX-License-Identifier: Apache-2.0
/**
 * Trainable models beyond the layer plugins: the learned right-hand side
 * {@link org.fsnn.training.model.RhsModel} with input normalization, target transform and the
 * chain-rule physical Jacobian.
 */
package org.fsnn.training.model;
