// SPDX-License-Identifier: Apache-2.0
/**
 * The JOCL OpenCL backend: {@link org.fsnn.gpu.opencl.OpenClBackendProvider} chooses a device with
 * fp64 and opens an {@link org.fsnn.gpu.opencl.OpenClBackend} whose tensors live in device
 * buffers; its {@link org.fsnn.api.backend.MemoryScope} (an
 * {@link org.fsnn.api.backend.OwningScopes} scope) frees intermediates in bulk. The priority of automatic
 * choice depends on the chosen device's {@link org.fsnn.gpu.opencl.DeviceType}.
 */
package org.fsnn.gpu.opencl;
