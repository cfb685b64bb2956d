// SPDX-License-Identifier: Apache-2.0
/**
 * Augmentation plugins: the fuzzy cloud of the stiff operator-learning paper ({@code fuzzy-cloud}).
 */
package org.fsnn.training.augment;
