// SPDX-License-Identifier: Apache-2.0
/**
 * Loss plugins: {@code rhs-mse} for learned right-hand sides and the FSNN losses
 * ({@code fsnn}, {@code fsnn-system}, {@code fsnn-fast}, {@code fsnn-slow},
 * {@code fsnn-manifold}) with the trapezoidal time integral, their batches, and weighted sums.
 */
package org.fsnn.training.loss;
