// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.integrate.Integrator;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.nn.Module;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * The fast–slow neural network (FSNN) of Definition 3.1: an invertible coupling flow h maps a
 * state z ∈ R^N and ε to fast–slow coordinates, where the dynamics are in the normal form of
 * eq. (2.6),
 *
 * <pre>
 *   dy/dt = T(x, ε) y + B(x, y, ε)(y, y) + ε C(x, y, ε) y
 *   dx/dt = ε g(x, y, ε)
 * </pre>
 *
 * with T a {@link NegativeSchur} network (child {@code schur}), B a {@link LowRankBilinear}
 * network ({@code bilinear}), C and g {@link Mlp}s ({@code linear}, whose N_y² outputs are read
 * row-major as C, and {@code slow}) of (x, y) with ε as context, and h a {@link CouplingFlow}
 * ({@code flow}) with ε as context.
 *
 * <p>Ordering: as in eqs. (2.5) and (3.1), h(z; ε) = [y, x]: the first N_y outputs of the flow
 * are the fast coordinates y, the last N_x the slow ones x; decoding is z = h⁻¹([y, x]; ε).
 *
 * <p>Config: {@code slowDim} (N_x ≥ 1), {@code fastDim} (N_y ≥ 1), and one object per part:
 * {@code flow} ({@code coupling-flow} keys), {@code schur} ({@code negative-schur} keys without
 * {@code fastDim}), {@code bilinear} ({@code low-rank-bilinear} keys without {@code fastDim}),
 * {@code linear} and {@code slow} (the network keys of {@link MlpSpec}).
 */
public final class FastSlowNetwork extends Module implements FastSlowField {
    /** The integrator of {@link #fullRollout}. */
    public static final String FULL_INTEGRATOR = "imex-ssp2";
    /** The integrator of {@link #closureRollout}. */
    public static final String CLOSURE_INTEGRATOR = "slow-manifold";
    /** The integrator of {@link #hybridRollout}. */
    public static final String HYBRID_INTEGRATOR = "hybrid";

    private final int slowDim;
    private final int fastDim;
    private final CouplingFlow flow;
    private final NegativeSchur schur;
    private final LowRankBilinear bilinear;
    private final Mlp linear;
    private final Mlp slow;

    /**
     * @param config the network's config (see the class comment)
     * @param backend where the parameters live
     * @param rng the generator; each part draws from its own split
     */
    public FastSlowNetwork(ConfigNode config, Backend backend, SplittableGenerator rng) {
        config.requireOnly("slowDim", "fastDim", "flow", "schur", "bilinear", "linear", "slow");
        slowDim = Configs.atLeast(config, "slowDim", 1);
        fastDim = Configs.atLeast(config, "fastDim", 1);
        int n = slowDim + fastDim;
        flow = child("flow", new CouplingFlowProvider().create(config.child("flow"), n, 1, backend, rng.split()));
        schur = child("schur", new NegativeSchurProvider().create(
                withFastDim(config.child("schur")), slowDim, 1, backend, rng.split()));
        bilinear = child("bilinear", new LowRankBilinearProvider().create(
                withFastDim(config.child("bilinear")), n, 1, backend, rng.split()));
        ConfigNode linearConfig = config.child("linear");
        Configs.requireOnlyWithNetwork(linearConfig);
        linear = child("linear", new Mlp(backend, n, 1, fastDim * fastDim, MlpSpec.parse(linearConfig), rng.split()));
        ConfigNode slowConfig = config.child("slow");
        Configs.requireOnlyWithNetwork(slowConfig);
        slow = child("slow", new Mlp(backend, n, 1, slowDim, MlpSpec.parse(slowConfig), rng.split()));
    }

    private ConfigNode withFastDim(ConfigNode node) {
        if (node.has("fastDim")) {
            throw new IllegalArgumentException(node.path() + ".fastDim: set fastDim once, at the top level");
        }
        var map = new LinkedHashMap<String, Object>(node.asMap());
        map.put("fastDim", fastDim);
        return ConfigNode.of(node.path(), map);
    }

    @Override
    public int slowDim() {
        return slowDim;
    }

    @Override
    public int fastDim() {
        return fastDim;
    }

    /** N = N_x + N_y. */
    public int stateDim() {
        return slowDim + fastDim;
    }

    @Override
    public BlockLayout layout() {
        return schur.layout();
    }

    /** The coupling flow h. */
    public CouplingFlow flow() {
        return flow;
    }

    /** The negative Schur form network T. */
    public NegativeSchur schur() {
        return schur;
    }

    // ---- the normal form (2.6) ---------------------------------------------------------------

    @Override
    public Var linear(Var x, Var eps) {
        return schur.forward(x, eps);
    }

    @Override
    public Var fastNonlinear(Var x, Var y, Var eps) {
        Var xy = Ops.concat(x, y);
        int b = y.value().dim(0);
        Var c = Ops.reshape(linear.forward(xy, eps), b, fastDim, fastDim);
        Var cy = Ops.mul(Ops.matvec(c, y), eps);
        return Ops.add(bilinear.forward(xy, eps), cy);
    }

    @Override
    public Var slow(Var x, Var y, Var eps) {
        return slow.forward(Ops.concat(x, y), eps);
    }

    // ---- coordinates ---------------------------------------------------------------------------

    /** (x, y) from z {@code [b, N]}: h(z; ε) = [y, x]. */
    public FastSlowState encode(Var z, Var eps) {
        checkBatch("encode", z, stateDim(), eps);
        Var w = flow.forward(z, eps);
        return new FastSlowState(Ops.slice(w, fastDim, fastDim + slowDim), Ops.slice(w, 0, fastDim));
    }

    /** z = h⁻¹([y, x]; ε), {@code [b, N]}. */
    public Var decode(FastSlowState state, Var eps) {
        return flow.inverse(Ops.concat(state.y(), state.x()), eps);
    }

    /** The eigenvalues of T(x) at the slow coordinates of states z {@code [b, N]}. */
    public FastEigenvalues fastEigenvalues(Tensor z, Tensor eps) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            Var e = Var.constant(eps);
            return schur.eigenvalues(encode(Var.constant(z), e).x(), e);
        }
    }

    // ---- rollouts ------------------------------------------------------------------------------

    /**
     * Encodes z₀, takes {@code steps} steps of {@code integrator} in fast–slow coordinates and
     * decodes every state.
     *
     * @param z0 initial states, {@code [b, N]}
     * @param eps ε per sample, {@code [b, 1]}
     * @param dt the time step per sample, {@code [b, 1]}
     */
    public Rollout rollout(Var z0, Var eps, Var dt, int steps, FastSlowIntegrator integrator) {
        return rollout(encode(z0, eps), eps, dt, steps, integrator);
    }

    /**
     * The data-driven closure of section 3.4: encodes z₀, projects onto the slow manifold y = 0,
     * evolves with {@code integrator} (the slow-manifold scheme (3.23) in practice) and decodes.
     */
    public Rollout closureRollout(Var z0, Var eps, Var dt, int steps, FastSlowIntegrator integrator) {
        FastSlowState start = encode(z0, eps);
        int b = z0.value().dim(0);
        Var zeros = Var.constant(z0.value().backend().fill(Shape.of(b, fastDim), 0));
        return rollout(new FastSlowState(start.x(), zeros), eps, dt, steps, integrator);
    }

    /** {@link #rollout} with the IMEX scheme {@value #FULL_INTEGRATOR} and default settings. */
    public Rollout fullRollout(Var z0, Var eps, Var dt, int steps) {
        return rollout(z0, eps, dt, steps, integrator(FULL_INTEGRATOR, ConfigNode.empty()));
    }

    /** {@link #closureRollout} with the {@value #CLOSURE_INTEGRATOR} scheme and default settings. */
    public Rollout closureRollout(Var z0, Var eps, Var dt, int steps) {
        return closureRollout(z0, eps, dt, steps, integrator(CLOSURE_INTEGRATOR, ConfigNode.empty()));
    }

    /**
     * {@link #rollout} with the {@value #HYBRID_INTEGRATOR} scheme (full steps until the fast
     * coordinates are small, slow-manifold steps after).
     */
    public Rollout hybridRollout(Var z0, Var eps, Var dt, int steps, ConfigNode integratorConfig) {
        return rollout(z0, eps, dt, steps, integrator(HYBRID_INTEGRATOR, integratorConfig));
    }

    /**
     * The fast–slow integrator plugin with this name.
     *
     * @throws IllegalArgumentException if the plugin steps only plain vector fields
     */
    public static FastSlowIntegrator integrator(String name, ConfigNode config) {
        Integrator made = Registry.load(IntegratorProvider.class).get(name).create(config);
        if (made instanceof FastSlowIntegrator fs) {
            return fs;
        }
        throw new IllegalArgumentException("integrator '" + name + "' does not step fast-slow systems in normal form");
    }

    private Rollout rollout(FastSlowState start, Var eps, Var dt, int steps, FastSlowIntegrator integrator) {
        if (steps < 0) {
            throw new IllegalArgumentException("rollout: steps must be >= 0, got " + steps);
        }
        checkColumn("rollout", "dt", dt, start.x().value().dim(0));
        List<FastSlowState> latent = new ArrayList<>(steps + 1);
        List<Var> states = new ArrayList<>(steps + 1);
        FastSlowState s = start;
        latent.add(s);
        states.add(decode(s, eps));
        for (int n = 0; n < steps; n++) {
            s = integrator.step(this, s, eps, dt);
            latent.add(s);
            states.add(decode(s, eps));
        }
        return new Rollout(states, latent);
    }

    private static void checkBatch(String op, Var z, int dim, Var eps) {
        Tensor v = z.value();
        if (v.rank() != 2 || v.dim(1) != dim) {
            throw new IllegalArgumentException(op + ": states must have shape [b, " + dim + "], got " + v.shape());
        }
        checkColumn(op, "eps", eps, v.dim(0));
    }

    private static void checkColumn(String op, String what, Var c, int b) {
        Tensor v = c.value();
        if (v.rank() != 2 || v.dim(0) != b || v.dim(1) != 1) {
            throw new IllegalArgumentException(op + ": " + what + " must have shape [" + b + ", 1], got " + v.shape());
        }
    }
}
