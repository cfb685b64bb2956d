// SPDX-License-Identifier: Apache-2.0
/**
 * Reference ODE solvers on {@link org.fsnn.api.system.DynamicalSystem}s: the {@link
 * org.fsnn.api.solver.OdeSolver} interface, its {@link org.fsnn.api.solver.SolverProvider} plugins,
 * step observers, work statistics, and batched integration of many initial states.
 */
package org.fsnn.api.solver;
