// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.List;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.KernelShapes;
import org.fsnn.api.tensor.Tensor;

/**
 * Matrix products and the matrix exponential. A matrix operand shared by a batch gets the sum of
 * the per-sample gradients.
 */
final class LinearAlgebra {
    private LinearAlgebra() {}

    /**
     * C = op(A)·op(B). With A′ = op(A), B′ = op(B): Ā′ = C̄·B′ᵀ and B̄′ = A′ᵀ·C̄, transposed back
     * when the operand was transposed, then summed over the batch for a shared matrix.
     */
    static Var matmul(Var a, Var b, boolean transA, boolean transB) {
        Tensor av = a.value();
        Tensor bv = b.value();
        Backend be = av.backend();
        return Tape.record(be.matmul(av, bv, transA, transB), g -> new Tensor[] {
            a.requiresGrad() ? be.sumTo(transA ? be.matmul(bv, g, transB, true) : be.matmul(g, bv, false, !transB),
                    av.shape()) : null,
            b.requiresGrad() ? be.sumTo(transB ? be.matmul(g, av, true, transA) : be.matmul(av, g, !transA, false),
                    bv.shape()) : null}, a, b);
    }

    /**
     * y = op(A)·x per sample. x̄ = op(A)ᵀ·ȳ; Ā′ = ȳ xᵀ per sample (summed over the batch when A is
     * shared), transposed back when A was transposed.
     */
    static Var matvec(Var a, Var x, boolean transA) {
        Tensor av = a.value();
        Tensor xv = x.value();
        Backend be = av.backend();
        return Tape.record(be.matvec(av, xv, transA), g -> {
            boolean shared = av.rank() == 2;
            return new Tensor[] {
                a.requiresGrad() ? (transA ? outerProducts(be, xv, g, shared) : outerProducts(be, g, xv, shared)) : null,
                x.requiresGrad() ? be.matvec(av, g, !transA) : null};
        }, a, x);
    }

    /**
     * The outer products u⁽ⁱ⁾v⁽ⁱ⁾ᵀ of the rows of {@code u [b, m]} and {@code v [b, k]}: a batch
     * {@code [b, m, k]}, or their sum {@code [m, k]} when {@code summed}.
     */
    static Tensor outerProducts(Backend be, Tensor u, Tensor v, boolean summed) {
        if (summed) {
            return be.gemm(true, false, 1, u, v, 0, null);
        }
        int b = u.dim(0);
        return be.matmul(u.reshape(b, u.dim(1), 1), v.reshape(b, 1, v.dim(1)), false, false);
    }

    /**
     * F = exp(A) for a square matrix or a batch. The gradient is the adjoint of the Fréchet
     * derivative, Ā = L(Aᵀ, F̄), computed exactly as the upper-right block of
     * exp([[Aᵀ, F̄], [0, Aᵀ]]) (Najfeld and Havel, Adv. Appl. Math. 16 (1995); Higham, Functions
     * of Matrices (2008), §10.6).
     */
    static Var expm(Var a) {
        Tensor av = a.value();
        Backend be = av.backend();
        KernelShapes.square("expm", av);
        return Tape.record(be.expm(av), g -> new Tensor[] {adjointFrechet(be, av, g)}, a);
    }

    private static Tensor adjointFrechet(Backend be, Tensor a, Tensor g) {
        int n = a.dim(-1);
        boolean batched = a.rank() == 3;
        int b = batched ? a.dim(0) : 1;
        // A and Ḡ flattened side by side, then gathered into the 2n×2n block matrix; -1 picks 0.
        Tensor both = batched ? be.concat(List.of(a.reshape(b, n * n), g.reshape(b, n * n)))
                : be.concat(List.of(a.reshape(n * n), g.reshape(n * n)));
        int m = 2 * n;
        int[] block = new int[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                int entry;
                if (i < n && j < n) {
                    entry = j * n + i;
                } else if (i < n) {
                    entry = n * n + i * n + (j - n);
                } else if (j >= n) {
                    entry = (j - n) * n + (i - n);
                } else {
                    entry = -1;
                }
                block[i * m + j] = entry;
            }
        }
        Tensor blockMatrix = be.gatherLast(both, block).reshape(batched ? new int[] {b, m, m} : new int[] {m, m});
        Tensor e = be.expm(blockMatrix);
        int[] upperRight = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                upperRight[i * n + j] = i * m + n + j;
            }
        }
        Tensor flat = batched ? e.reshape(b, m * m) : e.reshape(m * m);
        return be.gatherLast(flat, upperRight).reshape(a.shape().dims());
    }
}
