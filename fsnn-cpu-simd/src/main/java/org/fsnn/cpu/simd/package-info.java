// SPDX-License-Identifier: Apache-2.0
/**
 * The Vector API CPU backend, {@code cpu}, found at runtime by ServiceLoader.
 *
 * <p>Settings, each a system property or else an environment variable:
 * <ul>
 *   <li>{@code -Dfsnn.cpu.threads=N} / {@code FSNN_CPU_THREADS}: threads, the caller included
 *       (default: every processor). Results are the same bit for bit for every setting.</li>
 *   <li>{@code -Dfsnn.cpu.fastMath=true} / {@code FSNN_CPU_FAST_MATH}: exp, log, tanh and the
 *       like from the Vector API's math library, several times faster and within a few ulps of
 *       {@link java.lang.Math}, at the price of bitwise reproducibility (default: off).</li>
 * </ul>
 *
 * <p>The JVM needs {@code --add-modules jdk.incubator.vector}; without it the provider reports
 * itself unavailable with that hint.
 */
package org.fsnn.cpu.simd;
