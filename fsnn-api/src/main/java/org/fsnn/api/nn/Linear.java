// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Shape;

/**
 * A dense layer y = x Wᵀ + b, with {@code weight} W of shape {@code [out, in]} (one row per
 * output, as in PyTorch) and optional {@code bias} b of shape {@code [out]}.
 *
 * <p>W is Glorot-uniform and b is zero at construction.
 */
public final class Linear extends Module {
    private final Parameter weight;
    private final Parameter bias;

    /** A layer with a bias. */
    public Linear(Backend backend, int in, int out, RandomGenerator.SplittableGenerator rng) {
        this(backend, in, out, true, rng);
    }

    /**
     * @param backend where the parameters live
     * @param in input features
     * @param out output features
     * @param withBias whether to add a bias
     * @param rng the generator; the weight draws from its own split
     */
    public Linear(Backend backend, int in, int out, boolean withBias, RandomGenerator.SplittableGenerator rng) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear: feature counts must be positive, got in=" + in + ", out=" + out);
        }
        weight = parameter("weight", Init.glorotUniform(backend, Shape.of(out, in), in, out, rng.split()));
        bias = withBias ? parameter("bias", Init.zeros(backend, Shape.of(out))) : null;
    }

    /** y = x Wᵀ + b for x of shape {@code [b, in]} or {@code [n, b, in]}. */
    public Var apply(Var x) {
        Var y = Ops.matmul(x, weight.var(), false, true);
        return bias == null ? y : Ops.add(y, bias.var());
    }

    /** The weight W, {@code [out, in]}. */
    public Parameter weight() {
        return weight;
    }

    /** The bias b, {@code [out]}, if the layer has one. */
    public Optional<Parameter> bias() {
        return Optional.ofNullable(bias);
    }

    /** The number of input features. */
    public int inFeatures() {
        return weight.shape().dim(1);
    }

    /** The number of output features. */
    public int outFeatures() {
        return weight.shape().dim(0);
    }
}
