// SPDX-License-Identifier: Apache-2.0
/**
 * End-to-end training benchmarks: {@link org.fsnn.bench.training.MlpTrainingStepBenchmark}, one
 * SGD step of an MLP (forward, backward through the autodiff tape, update) per backend, with the
 * time of its matrix products alone. Like {@link org.fsnn.bench.GemmBenchmark}, these JMH states
 * choose their backend by name through {@link org.fsnn.api.backend.Backends}.
 */
package org.fsnn.bench.training;
