// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Backend;
import org.fsnn.testkit.BackendConformance;

/** The backend conformance suite on three threads: an uneven split of every parallel kernel. */
class ThreeThreadConformanceTest extends BackendConformance {

    @Override
    protected Backend backend() {
        return new SimdBackend(3);
    }
}
