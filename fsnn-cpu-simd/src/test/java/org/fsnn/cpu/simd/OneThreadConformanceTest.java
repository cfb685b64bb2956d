// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Backend;
import org.fsnn.testkit.BackendConformance;

/** The backend conformance suite on one thread: every kernel on its serial path. */
class OneThreadConformanceTest extends BackendConformance {

    @Override
    protected Backend backend() {
        return new SimdBackend(1);
    }
}
