// SPDX-License-Identifier: Apache-2.0
/**
 * Data augmentation of right-hand-side samples: the {@link org.fsnn.api.augment.AugmentationProvider}
 * plugins (such as {@code fuzzy-cloud}), the {@link org.fsnn.api.augment.RhsSamples} they transform,
 * and the {@link org.fsnn.api.augment.SystemFamily} that gives them the ground-truth system at each ε.
 */
package org.fsnn.api.augment;
