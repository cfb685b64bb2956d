// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;

/** Runs the conformance suite on the reference backend itself, so that the suite is exercised. */
class ReferenceBackendConformanceTest extends BackendConformance {

    @Override
    protected Backend backend() {
        return Backends.reference();
    }
}
