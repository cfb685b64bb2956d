// SPDX-License-Identifier: Apache-2.0
/**
 * The JOCL OpenCL backend, found at runtime by ServiceLoader: float64 kernels on any OpenCL device
 * with fp64. Everything, memory scopes included, is reached through the Backend interface; the
 * package is exported only for diagnostics such as the live-buffer count
 * ({@link org.fsnn.gpu.opencl.OpenClBackend#liveBuffers()}).
 *
 * @provides org.fsnn.api.backend.BackendProvider the {@code opencl} backend
 */
module org.fsnn.gpu.opencl {
    requires transitive org.fsnn.api;
    requires jocl;

    exports org.fsnn.gpu.opencl;

    provides org.fsnn.api.backend.BackendProvider with org.fsnn.gpu.opencl.OpenClBackendProvider;
}
