// SPDX-License-Identifier: Apache-2.0
/**
 * End-to-end training benchmarks: the place for the MLP training-step benchmark (forward,
 * backward through the autodiff tape, optimizer update) once the differentiable layers exist.
 * Benchmarks here follow {@link org.fsnn.bench.GemmBenchmark}: JMH states that choose their backend
 * through {@link org.fsnn.api.backend.Backends}.
 */
package org.fsnn.bench.training;
