// SPDX-License-Identifier: Apache-2.0
/**
 * Optimizers in Optax's shape: small {@link org.fsnn.training.optim.GradientTransform}s with
 * explicit record state, composed by {@link org.fsnn.training.optim.Optim#chain}; Adam and SGD
 * are aliases for chains; {@link org.fsnn.training.optim.Schedule learning-rate schedules}.
 */
package org.fsnn.training.optim;
