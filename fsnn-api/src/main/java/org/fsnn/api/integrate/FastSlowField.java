// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;

/**
 * The right-hand side of a fast–slow system in the normal form of FSNN eq. (2.6), on batches:
 *
 * <pre>
 *   dx/dt = ε g(x, y, ε)
 *   dy/dt = T(x) y + f(x, y, ε),   f(x, y, ε) = B(x, y, ε)(y, y) + ε C(x, y, ε) y
 * </pre>
 *
 * with x ∈ R^{N_x} slow, y ∈ R^{N_y} fast, and T(x) block upper triangular (1×1 and 2×2 diagonal
 * blocks, {@link #layout()}) with eigenvalues left of the imaginary axis. The IMEX integrators
 * treat {@code T(x) y} implicitly and {@code f}, {@code g} explicitly. ε is per sample,
 * {@code [b, 1]}.
 */
public interface FastSlowField {

    /** N_x. */
    int slowDim();

    /** N_y. */
    int fastDim();

    /** The diagonal blocks of T. */
    BlockLayout layout();

    /** T(x, ε), {@code [b, N_y, N_y]}. */
    Var linear(Var x, Var eps);

    /** f(x, y, ε), {@code [b, N_y]}: the explicit part of the fast equation. */
    Var fastNonlinear(Var x, Var y, Var eps);

    /** g(x, y, ε), {@code [b, N_x]}: the slow vector field before its factor ε. */
    Var slow(Var x, Var y, Var eps);
}
