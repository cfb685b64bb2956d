// SPDX-License-Identifier: Apache-2.0
/** Integrator plugins and reference solvers of fsnn. */
module org.fsnn.integrators {
    requires transitive org.fsnn.api;

    exports org.fsnn.integrators;
    exports org.fsnn.integrators.imex;

    provides org.fsnn.api.integrate.IntegratorProvider with
            org.fsnn.integrators.Rk4Provider,
            org.fsnn.integrators.imex.ImexSsp2Provider,
            org.fsnn.integrators.imex.SlowManifoldProvider,
            org.fsnn.integrators.imex.HybridProvider;
}
