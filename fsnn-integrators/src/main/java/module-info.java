// SPDX-License-Identifier: Apache-2.0
/**
 * Integrator plugins and reference solvers of fsnn.
 *
 * @provides org.fsnn.api.integrate.IntegratorProvider the differentiable integrators
 *     {@code imex-ssp2}, {@code slow-manifold}, {@code hybrid} and {@code rk4}
 * @provides org.fsnn.api.solver.SolverProvider the reference solvers {@code dopri5},
 *     {@code dop853}, {@code rk4} and {@code rodas4}
 */
module org.fsnn.integrators {
    requires transitive org.fsnn.api;
    requires hipparchus.core;
    requires hipparchus.ode;
    requires ejml.core;
    requires ejml.ddense;

    exports org.fsnn.integrators;
    exports org.fsnn.integrators.imex;

    provides org.fsnn.api.integrate.IntegratorProvider with
            org.fsnn.integrators.Rk4Provider,
            org.fsnn.integrators.imex.ImexSsp2Provider,
            org.fsnn.integrators.imex.SlowManifoldProvider,
            org.fsnn.integrators.imex.HybridProvider;

    provides org.fsnn.api.solver.SolverProvider with
            org.fsnn.integrators.reference.Dopri5Provider,
            org.fsnn.integrators.reference.Dop853Provider,
            org.fsnn.integrators.reference.Rk4SolverProvider,
            org.fsnn.integrators.reference.Rodas4Provider;
}
