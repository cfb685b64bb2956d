// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.fsnn.api.backend.Availability;

/**
 * The OpenCL backend shared by the tests of this module, opened once (compiling the kernel
 * program is the slow part). Tests that need a device skip cleanly where OpenCL is unavailable.
 */
final class OpenClTestDevice {
    private static OpenClBackend backend;

    private OpenClTestDevice() {}

    /** The shared backend; skips the calling test when no OpenCL device with fp64 exists here. */
    static synchronized OpenClBackend backend() {
        if (backend == null) {
            backend = open();
        }
        return backend;
    }

    /** A backend of its own, for tests that count buffers; skips the test without OpenCL. */
    static OpenClBackend open() {
        Availability availability = new OpenClBackendProvider().probe();
        assumeTrue(availability.available(), () -> "OpenCL unavailable: " + availability.explain());
        return (OpenClBackend) new OpenClBackendProvider().open();
    }
}
