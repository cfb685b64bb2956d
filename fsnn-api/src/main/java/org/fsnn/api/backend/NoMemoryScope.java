// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import org.fsnn.api.tensor.Tensor;

/** The {@link MemoryScope} of host backends: keeps everything, frees nothing. */
enum NoMemoryScope implements MemoryScope {
    INSTANCE;

    @Override
    public Tensor keep(Tensor tensor) {
        return tensor;
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return "MemoryScope.none()";
    }
}
