// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.layer.Layer;
import org.fsnn.api.nn.Linear;
import org.fsnn.api.nn.Module;
import org.fsnn.api.nn.Parameter;

/**
 * A feed-forward network: dense layers with an activation after each hidden one. Its input is
 * the concatenation (x, context) when a context such as ε is given.
 *
 * <p>The weight matrices are either unconstrained ({@link Linear}: Glorot-uniform weights, zero
 * biases) or bLAT layers ({@link Blat}) whose singular values lie in [1/L, L], which bounds the
 * network's Lipschitz constant by L^(depth) times that of the activations.
 */
public final class Mlp extends Layer {
    private final int inputDim;
    private final int contextDim;
    private final int outputDim;
    private final MlpSpec spec;
    private final List<Module> dense = new ArrayList<>();

    /**
     * @param backend where the parameters live
     * @param inputDim the size of x
     * @param contextDim the size of the context (0 for none)
     * @param outputDim the output size
     * @param spec hidden widths, activations and weight constraint
     * @param rng the generator; each layer draws from its own split
     */
    public Mlp(Backend backend, int inputDim, int contextDim, int outputDim, MlpSpec spec, SplittableGenerator rng) {
        if (inputDim < 1 || contextDim < 0 || outputDim < 1) {
            throw new IllegalArgumentException("mlp: need inputDim >= 1, contextDim >= 0 and outputDim >= 1, got inputDim="
                    + inputDim + ", contextDim=" + contextDim + ", outputDim=" + outputDim);
        }
        this.inputDim = inputDim;
        this.contextDim = contextDim;
        this.outputDim = outputDim;
        this.spec = spec;
        int width = inputDim + contextDim;
        List<Integer> sizes = new ArrayList<>(spec.hidden());
        sizes.add(outputDim);
        for (int i = 0; i < sizes.size(); i++) {
            int next = sizes.get(i);
            Module layer = spec.blatLipschitz() > 0
                    ? new Blat(backend, width, next, spec.blatLipschitz(), rng.split())
                    : new Linear(backend, width, next, rng.split());
            dense.add(child("dense" + i, layer));
            width = next;
        }
    }

    @Override
    public int inputDim() {
        return inputDim;
    }

    /** The size of the context this network expects (0 for none). */
    public int contextDim() {
        return contextDim;
    }

    /** The output size. */
    public int outputDim() {
        return outputDim;
    }

    /** The bias of the last layer, e.g. to shift the initial outputs. */
    public Parameter outputBias() {
        return switch (dense.getLast()) {
            case Linear l -> l.bias().orElseThrow();
            case Blat b -> b.bias();
            default -> throw new IllegalStateException("unexpected layer " + dense.getLast());
        };
    }

    /**
     * Multiplies the last layer's initial weights by {@code factor}, to start a network's outputs
     * small. A bLAT output layer keeps its singular values in [1/L, L] and is left unchanged.
     */
    public void scaleOutputWeights(double factor) {
        if (dense.getLast() instanceof Linear l) {
            Parameter w = l.weight();
            w.set(w.value().backend().map(UnaryOp.AFFINE, w.value(), factor, 0));
        }
    }

    @Override
    public Var forward(Var x, Var context) {
        if ((context == null) != (contextDim == 0)) {
            throw new IllegalArgumentException("mlp: built for context size " + contextDim + " but called "
                    + (context == null ? "without a context" : "with a context"));
        }
        Var h = context == null ? x : Ops.concat(x, context);
        for (int i = 0; i < dense.size(); i++) {
            h = switch (dense.get(i)) {
                case Linear l -> l.apply(h);
                case Blat b -> b.apply(h);
                default -> throw new IllegalStateException("unexpected layer " + dense.get(i));
            };
            h = i < dense.size() - 1 ? spec.activation().apply(h) : spec.outputActivation().apply(h);
        }
        return h;
    }
}
