// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Jacobians;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.layer.Layer;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.nn.Module;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.transform.TargetTransform;
import org.fsnn.api.transform.TargetTransformProvider;

/**
 * A learned right-hand side F_θ(z, ε) ≈ dz/dt (eqs. 9–12 of the stiff operator-learning paper):
 * an {@code mlp} layer (child {@code net}) on the standardized state and ε, whose output a is
 * the transformed derivative a = T(F) of a {@link TargetTransform}; the physical derivative is
 * F = T⁻¹(a).
 *
 * <p>Config: {@code network} (the {@code mlp} keys without {@code outputs}; default four hidden
 * layers of 128 with SiLU) and {@code transform} ({@code name} of a
 * {@link TargetTransformProvider}, default {@code identity}, plus that transform's keys). The
 * normalization and the transform are fitted once from the training data
 * ({@link #fit}) and saved as {@link FittedState}.
 */
public final class RhsModel extends Module implements FittedState {
    private static final String NORM_MEAN = "inputMean";
    private static final String NORM_STD = "inputStd";
    private static final String TRANSFORM = "transform/";

    private final int stateDim;
    private final Layer net;
    private final TargetTransformProvider transformProvider;
    private final ConfigNode transformConfig;
    private Normalization normalization;
    private TargetTransform transform;

    private RhsModel(ConfigNode config, int stateDim, Backend backend, SplittableGenerator rng) {
        config.requireOnly("network", "transform");
        if (stateDim < 1) {
            throw new IllegalArgumentException("rhs model: stateDim must be >= 1, got " + stateDim);
        }
        this.stateDim = stateDim;
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("hidden", List.of(128, 128, 128, 128));
        network.put("activation", "silu");
        ConfigNode given = config.child("network");
        if (given.has("outputs")) {
            throw new IllegalArgumentException(given.path() + ".outputs: the output size is the state dimension");
        }
        network.putAll(given.asMap());
        network.put("outputs", stateDim);
        net = child("net", Registry.load(LayerProvider.class).get("mlp")
                .create(ConfigNode.of(given.path(), network), stateDim, 1, backend, rng));
        ConfigNode t = config.child("transform");
        transformProvider = Registry.load(TargetTransformProvider.class).get(t.getString("name", "identity"));
        Map<String, Object> rest = new LinkedHashMap<>(t.asMap());
        rest.remove("name");
        transformConfig = ConfigNode.of(t.path(), rest);
    }

    /**
     * A model whose normalization and transform are fitted on the training data.
     *
     * @param config see the class comment
     * @param states the training states, {@code [n, d]}
     * @param eps ε per sample, {@code [n, 1]}
     * @param targets the physical time derivatives, {@code [n, d]}
     * @param backend where the parameters live
     * @param rng the initial parameters' source
     */
    public static RhsModel fit(ConfigNode config, Tensor states, Tensor eps, Tensor targets, Backend backend,
            SplittableGenerator rng) {
        if (states.rank() != 2 || !targets.shape().equals(states.shape()) || eps.rank() != 2 || eps.dim(1) != 1
                || eps.dim(0) != states.dim(0)) {
            throw new IllegalArgumentException("rhs model: need states [n, d], eps [n, 1] and targets [n, d], got "
                    + states.shape() + ", " + eps.shape() + " and " + targets.shape());
        }
        RhsModel m = new RhsModel(config, states.dim(1), backend, rng);
        Tensor inputs = states.backend().concat(List.of(states, eps));
        m.normalization = Normalization.fit(inputs);
        inputs.buffer().release(); // a device copy only the statistics needed
        m.transform = m.transformProvider.fit(m.transformConfig, targets);
        return m;
    }

    /**
     * A model to be filled from a checkpoint: parameters with {@link #load}, fitted state with
     * {@link #loadFittedState}.
     */
    public static RhsModel unfitted(ConfigNode config, int stateDim, Backend backend, SplittableGenerator rng) {
        return new RhsModel(config, stateDim, backend, rng);
    }

    /** d, the state dimension. */
    public int stateDim() {
        return stateDim;
    }

    /** The target transform. */
    public TargetTransform transform() {
        requireFitted();
        return transform;
    }

    /** The input normalization (of the state and ε, {@code d + 1} columns). */
    public Normalization normalization() {
        requireFitted();
        return normalization;
    }

    /** The network output a = T(F̂) for states {@code z [b, d]} and {@code eps [b, 1]}. */
    public Var apply(Var z, Var eps) {
        Var x = normalization().apply(Ops.concat(z, eps));
        return net.forward(Ops.slice(x, 0, stateDim), Ops.slice(x, stateDim, stateDim + 1));
    }

    /** The physical right-hand side F̂ = T⁻¹(a), differentiable. */
    public Var physicalRhs(Var z, Var eps) {
        return transform().inverse(apply(z, eps));
    }

    /** The physical right-hand side as a plain tensor, {@code [b, d]}. */
    public Tensor physicalRhs(Tensor z, Tensor eps) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            return physicalRhs(Var.constant(z), Var.constant(eps)).value();
        }
    }

    /**
     * The physical Jacobian ∂F̂/∂z = diag(T⁻¹′(a)) · ∂a/∂z at each state (eqs. 24–26 and
     * Algorithm 1): ∂a/∂z by reverse mode, one sweep per output component, then each row i scaled
     * by T⁻¹′(a_i).
     *
     * @return {@code [b, d, d]}, entry [s, i, j] = ∂F̂_i/∂z_j at sample s
     */
    public Tensor physicalJacobian(Tensor z, Tensor eps) {
        Var e = Var.constant(eps);
        Tensor netJacobian = Jacobians.perSample(x -> apply(x, e), z);
        Tensor rowScale;
        try (Tape.NoGrad _ = Tape.noGrad()) {
            rowScale = transform().inverseDerivative(apply(Var.constant(z), e)).value();
        }
        Backend be = netJacobian.backend();
        return be.zip(BinaryOp.MUL, netJacobian, rowScale.reshape(z.dim(0), stateDim, 1));
    }

    @Override
    public Map<String, Tensor> fittedState() {
        requireFitted();
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put(NORM_MEAN, normalization.mean());
        out.put(NORM_STD, normalization.std());
        transform.state().forEach((k, v) -> out.put(TRANSFORM + k, v));
        return out;
    }

    @Override
    public void loadFittedState(Map<String, Tensor> state) {
        Tensor mean = state.get(NORM_MEAN);
        Tensor std = state.get(NORM_STD);
        if (mean == null || std == null || mean.shape().size() != stateDim + 1) {
            throw new IllegalArgumentException("rhs model: fitted state needs '" + NORM_MEAN + "' and '" + NORM_STD
                    + "' of shape [" + (stateDim + 1) + "]; got " + state.keySet());
        }
        Map<String, Tensor> t = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (k.startsWith(TRANSFORM)) {
                t.put(k.substring(TRANSFORM.length()), v);
            }
        });
        Normalization n = new Normalization(mean, std);
        TargetTransform restored = transformProvider.restore(transformConfig, t);
        normalization = n;
        transform = restored;
    }

    private void requireFitted() {
        if (transform == null) {
            throw new IllegalStateException("rhs model: not fitted; use RhsModel.fit or loadFittedState");
        }
    }
}
