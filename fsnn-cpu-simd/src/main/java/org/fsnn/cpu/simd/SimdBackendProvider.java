// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.BackendUnavailableException;

/**
 * Provides the {@link SimdBackend}, named {@code cpu}: available wherever the incubating Vector
 * API module {@code jdk.incubator.vector} is in the boot layer.
 */
public final class SimdBackendProvider implements BackendProvider {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String HINT = "start the JVM with --add-modules " + VECTOR_MODULE;

    /** A provider; it does nothing until probed or opened. */
    public SimdBackendProvider() {}

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String description() {
        return "Vector API (SIMD) kernels on all CPU cores";
    }

    @Override
    public int priority() {
        return 200;
    }

    @Override
    public Availability probe() {
        try {
            return availability(ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent());
        } catch (LinkageError | RuntimeException e) {
            return Availability.unavailable("the Vector API cannot be loaded: " + e, HINT);
        }
    }

    /** The availability given whether the Vector API module is in the boot layer. */
    static Availability availability(boolean vectorModulePresent) {
        try {
            if (!vectorModulePresent) {
                return Availability.unavailable("module " + VECTOR_MODULE + " is not in the boot layer", HINT);
            }
            int threads = Parallel.configuredThreads();
            return Availability.available(CpuModel.name() + ", " + threads + " threads, Vector API");
        } catch (IllegalArgumentException e) {
            return Availability.unavailable(e.getMessage(), "unset it or give a positive integer");
        } catch (LinkageError | RuntimeException e) {
            return Availability.unavailable("the Vector API cannot be loaded: " + e, HINT);
        }
    }

    @Override
    public Backend open() {
        Availability a = probe();
        if (!a.available()) {
            throw new BackendUnavailableException("backend 'cpu' is unavailable: " + a.explain());
        }
        try {
            return new SimdBackend();
        } catch (LinkageError e) {
            throw new BackendUnavailableException("backend 'cpu' is unavailable: " + e + " (" + HINT + ")");
        }
    }
}
