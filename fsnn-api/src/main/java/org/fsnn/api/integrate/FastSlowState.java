// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.autodiff.Var;

/**
 * A batch of states in fast–slow coordinates.
 *
 * @param x the slow coordinates, {@code [b, N_x]}
 * @param y the fast coordinates, {@code [b, N_y]}
 */
public record FastSlowState(Var x, Var y) {}
