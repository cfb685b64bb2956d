// SPDX-License-Identifier: Apache-2.0
/**
 * Integrator plugins and reference solvers of fsnn.
 *
 * @provides org.fsnn.api.solver.SolverProvider {@code dopri5}, {@code dop853}, {@code rk4} and
 *     {@code rodas4}
 */
module org.fsnn.integrators {
    requires transitive org.fsnn.api;
    requires hipparchus.core;
    requires hipparchus.ode;
    requires ejml.core;
    requires ejml.ddense;

    provides org.fsnn.api.solver.SolverProvider with
            org.fsnn.integrators.reference.Dopri5Provider,
            org.fsnn.integrators.reference.Dop853Provider,
            org.fsnn.integrators.reference.Rk4Provider,
            org.fsnn.integrators.reference.Rodas4Provider;
}
