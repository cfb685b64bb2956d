// SPDX-License-Identifier: Apache-2.0
/**
 * The JOCL OpenCL backend, found at runtime by ServiceLoader: float64 kernels on any OpenCL device
 * with fp64. Its package is exported only for {@link org.fsnn.gpu.opencl.OpenClBackend#scope()}
 * and the live-buffer count; everything else is reached through the Backend interface.
 *
 * @provides org.fsnn.api.backend.BackendProvider the {@code opencl} backend
 */
module org.fsnn.gpu.opencl {
    requires transitive org.fsnn.api;
    requires jocl;

    exports org.fsnn.gpu.opencl;

    provides org.fsnn.api.backend.BackendProvider with org.fsnn.gpu.opencl.OpenClBackendProvider;
}
