// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import org.fsnn.api.spi.Named;

/**
 * A compute backend found at runtime by {@link java.util.ServiceLoader}.
 *
 * <p>A provider is cheap to create. {@link #probe()} says, quickly and without throwing, whether
 * the backend can run here; {@link #open()} does the heavy work (loading native code, compiling
 * kernels) only when the backend is chosen. See {@link Backends} for how one is chosen.
 */
public interface BackendProvider extends Named {

    /**
     * Higher wins when no backend is forced: reference 100, CPU SIMD 200, OpenCL 300 on a GPU or
     * accelerator but 150 on a CPU device, where the CPU backend is faster.
     */
    int priority();

    /**
     * Whether this backend can be opened here, with the reason and a hint when not. Must be cheap
     * and must never throw: a missing native library or device is a reason, not an exception.
     */
    Availability probe();

    /**
     * Opens the backend.
     *
     * @throws BackendUnavailableException if it cannot run here after all
     */
    Backend open();
}
