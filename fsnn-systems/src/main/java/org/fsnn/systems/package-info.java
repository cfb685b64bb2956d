// SPDX-License-Identifier: Apache-2.0
/**
 * Dynamical-system plugins of fsnn. Each system is a final class implementing
 * {@link org.fsnn.api.system.DynamicalSystem} with an analytic Jacobian, made by a
 * {@link org.fsnn.api.system.SystemProvider} that names its parameters; fast–slow systems lay out
 * their state slow components first and report their slow manifold and the known eigenvalues of
 * their fast and slow Jacobian blocks.
 */
package org.fsnn.systems;
