// SPDX-License-Identifier: Apache-2.0
/**
 * The Vector API CPU backend, {@code cpu}: multi-threaded SIMD kernels on {@code double[]}
 * storage. Found at runtime by ServiceLoader; nothing imports it.
 *
 * @provides org.fsnn.api.backend.BackendProvider the {@code cpu} backend
 */
module org.fsnn.cpu.simd {
    requires org.fsnn.api;
    requires jdk.incubator.vector;

    provides org.fsnn.api.backend.BackendProvider with org.fsnn.cpu.simd.SimdBackendProvider;
}
