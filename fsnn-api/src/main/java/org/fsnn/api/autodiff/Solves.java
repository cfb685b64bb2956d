// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.KernelShapes;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Tensor;

/**
 * Block upper-triangular solves y = op(T)⁻¹ r, the implicit stage of the FSNN integrators.
 *
 * <p>Backward: r̄ = op(T)⁻ᵀ ȳ, one solve with the transpose flag flipped; T̄ = −r̄ yᵀ (or
 * −y r̄ᵀ when T was transposed), kept only on the layout's structural entries because the
 * entries below the diagonal blocks are never read, and summed over the batch when one T is
 * shared by all samples.
 */
final class Solves {
    private Solves() {}

    static Var solveBlockUpper(Var t, Var r, BlockLayout layout, boolean transpose) {
        Tensor tv = t.value();
        Tensor rv = r.value();
        Backend be = tv.backend();
        Tensor y = be.solveBlockUpper(tv, rv, layout, transpose);
        return Tape.record(y, g -> {
            Tensor rBar = be.solveBlockUpper(tv, g, layout, !transpose);
            Tensor tBar = null;
            if (t.requiresGrad()) {
                boolean shared = tv.rank() == 2;
                Tensor outer = transpose ? LinearAlgebra.outerProducts(be, y, rBar, shared)
                        : LinearAlgebra.outerProducts(be, rBar, y, shared);
                tBar = structural(be, be.map(UnaryOp.NEG, outer, 0, 0), layout);
            }
            return new Tensor[] {tBar, r.requiresGrad() ? rBar : null};
        }, t, r);
    }

    static Var solveUpperTriangular(Var u, Var r, boolean transpose) {
        KernelShapes.square("solveUpperTriangular", u.value());
        return solveBlockUpper(u, r, BlockLayout.upperTriangular(u.value().dim(-1)), transpose);
    }

    /** The matrices with every entry below the diagonal blocks set to zero. */
    private static Tensor structural(Backend be, Tensor matrices, BlockLayout layout) {
        int n = layout.order();
        int[] keep = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                keep[i * n + j] = layout.isStructural(i, j) ? i * n + j : -1;
            }
        }
        Tensor flat = matrices.rank() == 3 ? matrices.reshape(matrices.dim(0), n * n) : matrices.reshape(n * n);
        return be.gatherLast(flat, keep).reshape(matrices.shape().dims());
    }
}
