// SPDX-License-Identifier: Apache-2.0
/**
 * Differentiable implicit–explicit integrators for fast–slow normal forms (FSNN §3.4): the generic
 * IMEX Runge–Kutta stepper driven by {@link org.fsnn.integrators.imex.ImexTableau} data, the
 * slow-manifold integrator of eq. (3.23), and the hybrid of the two.
 */
package org.fsnn.integrators.imex;
