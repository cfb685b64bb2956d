// SPDX-License-Identifier: Apache-2.0
/**
 * Reference ODE solvers, each a {@link org.fsnn.api.solver.SolverProvider} plugin: {@code dopri5}
 * and {@code dop853} (Hipparchus' Dormand–Prince pairs behind fsnn's interface), fixed-step
 * {@code rk4}, and the L-stable Rosenbrock method {@code rodas4} for stiff systems.
 */
package org.fsnn.integrators.reference;
