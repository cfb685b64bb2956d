// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.InvertibleLayer;

/**
 * The affine coupling flow layer of FSNN Definition 3.5, eqs. (3.5)–(3.6), conditioned on a
 * context c (ε): with x = (x₁, x₂), x₁ ∈ R^d,
 *
 * <pre>
 *   y₁ = θ_L(F(x₂, c)) ⊙ x₁ + B(x₂, c)
 *   y₂ = θ_L(G(y₁, c)) ⊙ x₂ + C(y₁, c)
 * </pre>
 *
 * and in closed form x₂ = (y₂ − C(y₁, c)) / θ_L(G(y₁, c)), then x₁ = (y₁ − B(x₂, c)) / θ_L(F(x₂, c)).
 * F, B, G, C are {@link Mlp}s (children {@code scale1}, {@code shift1}, {@code scale2},
 * {@code shift2}); θ_L keeps every scale in [1/L, L] ({@link Lipschitz#bound}).
 */
public final class AffineCoupling extends InvertibleLayer {
    private final int dim;
    private final int split;
    private final int contextDim;
    private final double lipschitz;
    private final Mlp scale1;
    private final Mlp shift1;
    private final Mlp scale2;
    private final Mlp shift2;

    /**
     * @param backend where the parameters live
     * @param dim M ≥ 2
     * @param split d, 1 ≤ d &lt; M
     * @param contextDim the size of the context (0 for none)
     * @param lipschitz L ≥ 1, the bound on the scales
     * @param network the shape of F, B, G and C
     * @param rng the generator; each network draws from its own split
     */
    public AffineCoupling(Backend backend, int dim, int split, int contextDim, double lipschitz, MlpSpec network,
            SplittableGenerator rng) {
        if (dim < 2 || split < 1 || split >= dim) {
            throw new IllegalArgumentException("affine-coupling: need dim >= 2 and 1 <= split < dim, got dim=" + dim
                    + ", split=" + split);
        }
        this.dim = dim;
        this.split = split;
        this.contextDim = contextDim;
        this.lipschitz = Lipschitz.check(lipschitz, "affine-coupling");
        int rest = dim - split;
        scale1 = child("scale1", new Mlp(backend, rest, contextDim, split, network, rng.split()));
        shift1 = child("shift1", new Mlp(backend, rest, contextDim, split, network, rng.split()));
        scale2 = child("scale2", new Mlp(backend, split, contextDim, rest, network, rng.split()));
        shift2 = child("shift2", new Mlp(backend, split, contextDim, rest, network, rng.split()));
    }

    /** The default split ⌊M/2⌋. */
    public static int defaultSplit(int dim) {
        return dim / 2;
    }

    @Override
    public int inputDim() {
        return dim;
    }

    /** d, the size of the first part. */
    public int split() {
        return split;
    }

    /** The size of the context (0 for none). */
    public int contextDim() {
        return contextDim;
    }

    @Override
    public Var forward(Var x, Var context) {
        Var x1 = Ops.slice(x, 0, split);
        Var x2 = Ops.slice(x, split, dim);
        Var y1 = Ops.add(Ops.mul(scale(scale1, x2, context), x1), shift1.forward(x2, context));
        Var y2 = Ops.add(Ops.mul(scale(scale2, y1, context), x2), shift2.forward(y1, context));
        return Ops.concat(y1, y2);
    }

    @Override
    public Var inverse(Var y, Var context) {
        Var y1 = Ops.slice(y, 0, split);
        Var y2 = Ops.slice(y, split, dim);
        Var x2 = Ops.div(Ops.sub(y2, shift2.forward(y1, context)), scale(scale2, y1, context));
        Var x1 = Ops.div(Ops.sub(y1, shift1.forward(x2, context)), scale(scale1, x2, context));
        return Ops.concat(x1, x2);
    }

    private Var scale(Mlp net, Var input, Var context) {
        return Lipschitz.bound(net.forward(input, context), lipschitz);
    }
}
