// SPDX-License-Identifier: Apache-2.0
/**
 * Invertible transforms of regression targets ({@link org.fsnn.api.transform.TargetTransform})
 * and their plugin interface ({@link org.fsnn.api.transform.TargetTransformProvider}).
 */
package org.fsnn.api.transform;
