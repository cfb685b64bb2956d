// SPDX-License-Identifier: Apache-2.0
/** The JOCL OpenCL backend, found at runtime by ServiceLoader. */
package org.fsnn.gpu.opencl;
