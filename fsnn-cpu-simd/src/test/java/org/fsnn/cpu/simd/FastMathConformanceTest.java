// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Backend;
import org.fsnn.testkit.BackendConformance;

/** The backend conformance suite with fast vector math: within the suite's tolerance of the reference. */
class FastMathConformanceTest extends BackendConformance {

    @Override
    protected Backend backend() {
        return new SimdBackend(2, true);
    }
}
