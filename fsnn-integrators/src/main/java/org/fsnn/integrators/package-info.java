// SPDX-License-Identifier: Apache-2.0
/** Integrator plugins and reference solvers of fsnn. */
package org.fsnn.integrators;
