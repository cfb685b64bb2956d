// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import org.fsnn.api.backend.Backend;
import org.fsnn.testkit.BackendConformance;

/** The backend conformance suite on the OpenCL backend; skipped where no OpenCL device with fp64 exists. */
class OpenClBackendConformanceTest extends BackendConformance {
    @Override
    protected Backend backend() {
        return OpenClTestDevice.backend();
    }

    /** The device is shared by every test of the module (compiling its program is slow): keep it open. */
    @Override
    protected void release(Backend used) {}
}
