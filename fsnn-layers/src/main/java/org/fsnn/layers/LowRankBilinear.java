// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.Layer;

/**
 * The low-rank bilinear form network of FSNN Definition 3.10, eq. (3.15), as the fast quadratic
 * term of eq. (2.6a): B(x, y, ε)(y, y) = Σ_{r=1}^{R} (C⁽ʳ⁾ y) ⊙ (D⁽ʳ⁾ y), where the matrices
 * C⁽ʳ⁾, D⁽ʳ⁾ ∈ R^{N_y×N_y} are the outputs of a feed-forward network of (x, y, ε). The 2·R·N_y²
 * outputs are read as the stacks [C⁽¹⁾; …; C⁽ᴿ⁾] and [D⁽¹⁾; …; D⁽ᴿ⁾], each applied to y by one
 * batched matrix–vector product.
 *
 * <p>Initialization: the network's last weights are Glorot-uniform times
 * {@value #OUTPUT_INIT_SCALE} (biases zero), so B starts as a small correction (of order
 * 10⁻²·R·|y|²) to the linear fast dynamics T y. With Glorot weights alone, |B(y, y)| exceeds
 * |T y| already for |y| of a few units, and random initial networks then send standard-normal
 * initial states off to infinity instead of onto the slow manifold y = 0.
 *
 * <p>The layer's input is (x, y) concatenated, {@code [b, N_x + N_y]}; its output is
 * {@code [b, N_y]}.
 */
public final class LowRankBilinear extends Layer {
    /** The factor on the initial output weights. */
    public static final double OUTPUT_INIT_SCALE = 0.1;

    private final int slowDim;
    private final int fastDim;
    private final int rank;
    private final Mlp network;

    /**
     * @param backend where the parameters live
     * @param slowDim N_x (may be 0)
     * @param fastDim N_y
     * @param contextDim the size of the context (0 for none)
     * @param rank R ≥ 1
     * @param spec the shape of the network
     * @param rng the generator
     */
    public LowRankBilinear(Backend backend, int slowDim, int fastDim, int contextDim, int rank, MlpSpec spec,
            SplittableGenerator rng) {
        if (slowDim < 0 || fastDim < 1 || rank < 1) {
            throw new IllegalArgumentException("low-rank-bilinear: need slowDim >= 0, fastDim >= 1 and rank >= 1, got slowDim="
                    + slowDim + ", fastDim=" + fastDim + ", rank=" + rank);
        }
        this.slowDim = slowDim;
        this.fastDim = fastDim;
        this.rank = rank;
        this.network = child("network",
                new Mlp(backend, slowDim + fastDim, contextDim, 2 * rank * fastDim * fastDim, spec, rng.split()));
        network.scaleOutputWeights(OUTPUT_INIT_SCALE);
    }

    @Override
    public int inputDim() {
        return slowDim + fastDim;
    }

    /** R. */
    public int rank() {
        return rank;
    }

    /** B(x, y, ε)(y, y) for the input (x, y), {@code [b, N_x + N_y]}. */
    @Override
    public Var forward(Var xy, Var context) {
        return quadratic(xy, Ops.slice(xy, slowDim, slowDim + fastDim), context);
    }

    /** B(x, y, ε)(y, y), {@code [b, N_y]}. */
    public Var apply(Var x, Var y, Var context) {
        return quadratic(slowDim == 0 ? y : Ops.concat(x, y), y, context);
    }

    private Var quadratic(Var xy, Var y, Var context) {
        int b = y.value().dim(0);
        int block = rank * fastDim * fastDim;
        Var out = network.forward(xy, context);
        Var c = Ops.reshape(Ops.slice(out, 0, block), b, rank * fastDim, fastDim);
        Var d = Ops.reshape(Ops.slice(out, block, 2 * block), b, rank * fastDim, fastDim);
        Var products = Ops.mul(Ops.matvec(c, y), Ops.matvec(d, y));
        return Ops.reshape(Ops.sum(Ops.reshape(products, b, rank, fastDim), 1), b, fastDim);
    }
}
