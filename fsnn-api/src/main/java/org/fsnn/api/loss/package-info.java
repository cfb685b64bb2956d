// SPDX-License-Identifier: Apache-2.0
/**
 * Training objectives: {@link org.fsnn.api.loss.Loss} (named, weighted terms of a model on a
 * batch) and the {@link org.fsnn.api.loss.LossProvider} plugin interface.
 */
package org.fsnn.api.loss;
