// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.InvertibleLayer;

/**
 * The invertible coupling flow network of FSNN Definition 3.6, eqs. (3.7)–(3.8):
 * h = g_K ∘ f_K ∘ ⋯ ∘ g₁ ∘ f₁ with square {@link Blat} layers f_k (children {@code blat0}, …)
 * and {@link AffineCoupling} layers g_k ({@code coupling0}, …) conditioned on the context ε;
 * h⁻¹ = f₁⁻¹ ∘ g₁⁻¹ ∘ ⋯ ∘ f_K⁻¹ ∘ g_K⁻¹ costs the same as h.
 */
public final class CouplingFlow extends InvertibleLayer {
    private final int dim;
    private final List<Blat> blats = new ArrayList<>();
    private final List<AffineCoupling> couplings = new ArrayList<>();

    /**
     * @param backend where the parameters live
     * @param dim M ≥ 2
     * @param contextDim the size of the context (0 for none)
     * @param depth K ≥ 1
     * @param lipschitz L of every bLAT and coupling layer
     * @param split d of every coupling layer
     * @param network the shape of the coupling layers' networks
     * @param rng the generator; each layer draws from its own split
     */
    public CouplingFlow(Backend backend, int dim, int contextDim, int depth, double lipschitz, int split,
            MlpSpec network, SplittableGenerator rng) {
        if (depth < 1) {
            throw new IllegalArgumentException("coupling-flow: depth must be >= 1, got " + depth);
        }
        this.dim = dim;
        for (int k = 0; k < depth; k++) {
            blats.add(child("blat" + k, new Blat(backend, dim, dim, lipschitz, rng.split())));
            couplings.add(child("coupling" + k,
                    new AffineCoupling(backend, dim, split, contextDim, lipschitz, network, rng.split())));
        }
    }

    @Override
    public int inputDim() {
        return dim;
    }

    /** K, the number of (bLAT, coupling) pairs. */
    public int depth() {
        return blats.size();
    }

    @Override
    public Var forward(Var z, Var context) {
        Var w = z;
        for (int k = 0; k < blats.size(); k++) {
            w = couplings.get(k).forward(blats.get(k).apply(w), context);
        }
        return w;
    }

    @Override
    public Var inverse(Var w, Var context) {
        Var z = w;
        for (int k = blats.size() - 1; k >= 0; k--) {
            z = blats.get(k).inverse(couplings.get(k).inverse(z, context), null);
        }
        return z;
    }
}
