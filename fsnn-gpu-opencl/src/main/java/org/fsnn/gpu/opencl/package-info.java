// SPDX-License-Identifier: Apache-2.0
/**
 * The JOCL OpenCL backend: {@link org.fsnn.gpu.opencl.OpenClBackendProvider} chooses a device with
 * fp64 and opens an {@link org.fsnn.gpu.opencl.OpenClBackend} whose tensors live in device
 * buffers; {@link org.fsnn.gpu.opencl.BufferScope} frees intermediates in bulk.
 */
package org.fsnn.gpu.opencl;
