// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.tensor.Tensor;

/**
 * The implicit stage of FSNN eq. (3.21): Y = (I − c T)⁻¹ r per sample, with c = Δt a_ii.
 *
 * <p>T is block upper triangular with 1×1 and 2×2 diagonal blocks, and so is I − c T; the solve is
 * one batched block back-substitution ({@link Ops#solveBlockUpper}), so no matrix is factored or
 * inverted and no linear solver iterates. Gradients flow to T, c and r.
 */
final class ImplicitStage {
    private ImplicitStage() {}

    /**
     * Solves (I − c T) Y = r.
     *
     * @param t T, {@code [b, n, n]} (or {@code [n, n]} shared by the batch)
     * @param c the per-sample factor Δt a_ii, {@code [b, 1]} or {@code [1, 1]}
     * @param r the right-hand sides, {@code [b, n]}
     * @param layout T's diagonal blocks
     */
    static Var solve(Var t, Var c, Var r, BlockLayout layout) {
        int n = layout.order();
        Var cPerMatrix = Ops.reshape(c, c.value().dim(0), 1, 1);
        Var m = Ops.sub(Var.constant(identity(t.value(), n)), Ops.mul(cPerMatrix, t));
        return Ops.solveBlockUpper(m, r, layout);
    }

    private static Tensor identity(Tensor like, int n) {
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) {
            eye[i * n + i] = 1;
        }
        return like.backend().fromArray(eye, n, n);
    }
}
