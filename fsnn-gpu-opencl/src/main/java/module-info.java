// SPDX-License-Identifier: Apache-2.0
/** The JOCL OpenCL backend, found at runtime by ServiceLoader. */
module org.fsnn.gpu.opencl {
    requires org.fsnn.api;
}
