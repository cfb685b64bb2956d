// SPDX-License-Identifier: Apache-2.0
/**
 * Models as trees of named parameters: {@link org.fsnn.api.nn.Module}, {@link org.fsnn.api.nn.Parameter},
 * seeded {@link org.fsnn.api.nn.Init initialization}, and the dense {@link org.fsnn.api.nn.Linear} layer.
 */
package org.fsnn.api.nn;
