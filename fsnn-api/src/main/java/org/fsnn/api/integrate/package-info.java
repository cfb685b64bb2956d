// SPDX-License-Identifier: Apache-2.0
/** Differentiable integrators: plain ODE steppers and IMEX steppers for fast-slow normal forms. */
package org.fsnn.api.integrate;
