// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.testkit.BackendConformance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The backend conformance suite with every kernel running inside a {@link MemoryScope}, where
 * output arrays come from the pool and every array a kernel promises to overwrite is first filled
 * with NaN: an element a kernel leaves unwritten shows up as a NaN against the reference.
 */
class PooledConformanceTest extends BackendConformance {
    private SimdBackend backend;
    private MemoryScope scope;

    @Override
    protected Backend backend() {
        backend = new SimdBackend(2, false, new HostMemory(HostMemory.defaultPoolBytes(), true));
        return backend;
    }

    @BeforeEach
    void openScope() {
        scope = backend.scope();
    }

    @AfterEach
    void closeScope() {
        scope.close();
    }
}
