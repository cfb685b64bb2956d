// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/** Distributions for seeded random tensors. */
public enum Distribution {
    /** Uniform on [0, 1). */
    UNIFORM,
    /** Standard normal. */
    NORMAL
}
