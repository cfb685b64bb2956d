// SPDX-License-Identifier: Apache-2.0
/** The Vector API CPU backend, found at runtime by ServiceLoader. */
module org.fsnn.cpu.simd {
    requires org.fsnn.api;
    requires jdk.incubator.vector;
}
