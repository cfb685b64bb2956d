// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Backend;
import org.fsnn.testkit.BackendConformance;

/** The backend conformance suite on the CPU backend with the configured thread count. */
class SimdBackendConformanceTest extends BackendConformance {

    @Override
    protected Backend backend() {
        return new SimdBackend();
    }
}
