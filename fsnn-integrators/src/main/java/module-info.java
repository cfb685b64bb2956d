// SPDX-License-Identifier: Apache-2.0
/** Integrator plugins and reference solvers of fsnn. */
module org.fsnn.integrators {
    requires transitive org.fsnn.api;
}
