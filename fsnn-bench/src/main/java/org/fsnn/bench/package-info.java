// SPDX-License-Identifier: Apache-2.0
/**
 * Kernel benchmarks of fsnn: {@link org.fsnn.bench.GemmBenchmark} (GEMM GFLOP/s per backend:
 * {@code cpu}, {@code opencl}, {@code reference}),
 * {@link org.fsnn.bench.PeakFlops} (the machine's theoretical FP64 peak) and the command-line
 * entry point {@link org.fsnn.bench.Bench}.
 */
package org.fsnn.bench;
