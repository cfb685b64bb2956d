// SPDX-License-Identifier: Apache-2.0
/** The Vector API CPU backend, found at runtime by ServiceLoader. */
package org.fsnn.cpu.simd;
