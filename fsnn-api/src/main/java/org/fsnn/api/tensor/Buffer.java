// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.tensor;

/**
 * The storage behind a tensor, owned by one backend: a {@code double[]} on the CPU, a device
 * buffer on an accelerator. Only the owning backend looks inside.
 */
public interface Buffer {

    /** The number of float64 elements held. */
    int length();

    /** Frees device memory now; host buffers do nothing. Idempotent. */
    default void release() {}
}
