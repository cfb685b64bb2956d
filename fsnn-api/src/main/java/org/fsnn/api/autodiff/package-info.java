// SPDX-License-Identifier: Apache-2.0
/**
 * Tape-based reverse-mode automatic differentiation over any {@link org.fsnn.api.backend.Backend}:
 * {@link org.fsnn.api.autodiff.Var}s, the {@link org.fsnn.api.autodiff.Tape}, every differentiable
 * op in {@link org.fsnn.api.autodiff.Ops}, and per-sample {@link org.fsnn.api.autodiff.Jacobians}.
 */
package org.fsnn.api.autodiff;
