// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.layers.FastSlowNetwork;

/**
 * The FSNN training loss, eqs. (4.1)–(4.4) of the FSNN paper, each term weighted:
 *
 * <pre>
 *   system   = (1/N_d) Σ_k L(t, z⁽ᵏ⁾, z̃⁽ᵏ⁾)
 *   fast     = (1/N_d) Σ_k L(t, y⁽ᵏ⁾, ỹ⁽ᵏ⁾)
 *   slow     = (1/N_d) Σ_k L(t, x⁽ᵏ⁾, x̃⁽ᵏ⁾) / ε⁽ᵏ⁾
 *   manifold = (1/N_m) Σ_k ‖y⁽ᵏ⁾‖²
 * </pre>
 *
 * with L the trapezoidal time integral (4.2) of the squared Euclidean error ({@link Trapezoid}),
 * optionally divided by each trajectory's duration and with the 1/ε optional ({@link Normalization}).
 * Eq. (4.3c) prints 1/ε⁽ᵏ⁾ outside the sum over k, where k is unbound; here each trajectory's
 * integral is divided by its own ε inside the sum, which is what the formula can only mean for
 * data with several ε. N_d counts the fast- and slow-scale trajectories of the batch together.
 *
 * <p>Data coordinates (x, y) come from encoding the data states with the network's flow, so the
 * flow is trained by every term. Model trajectories start from the encoded first state: fast-scale
 * trajectories step the full scheme ({@code integrator}, default {@value FastSlowNetwork#FULL_INTEGRATOR}),
 * slow-scale ones start on y = 0 and step the closure ({@code closureIntegrator}, default
 * {@value FastSlowNetwork#CLOSURE_INTEGRATOR}), one integrator step per data interval (which
 * may itself take several sub-steps, the plugins' {@code substeps}). One rollout per subset
 * serves all three trajectory terms. A term with weight 0 is neither computed nor reported; a
 * term with no data in the batch is reported as 0.
 */
public final class FsnnLoss implements Loss<FastSlowNetwork, FsnnBatch> {
    /** Term names, in reporting order. */
    public static final String SYSTEM = "system";
    /** See {@link #SYSTEM}. */
    public static final String FAST = "fast";
    /** See {@link #SYSTEM}. */
    public static final String SLOW = "slow";
    /** See {@link #SYSTEM}. */
    public static final String MANIFOLD = "manifold";

    private final Weights weights;
    private final FastSlowIntegrator full;
    private final FastSlowIntegrator closure;
    private final Normalization normalization;

    /**
     * How the trajectory integrals are normalized. The paper's (4.3c) divides the slow term of every
     * trajectory by its ε; with ε log-uniform over several decades that factor spans as many decades
     * and, for fast-scale trajectories at ε = 1e-5, outweighs every other term by about 10⁵.
     *
     * @param timeAverage divide each trajectory's integral (4.2) by its duration t_N − t_0, so that
     *     fast-scale (Δt = 1/4) and slow-scale (Δt = 1/(4ε)) trajectories weigh alike
     * @param slowOverEpsilon divide the slow term by ε per trajectory, as eq. (4.3c) prints
     */
    public record Normalization(boolean timeAverage, boolean slowOverEpsilon) {
        /** Eqs. (4.2)–(4.3) as printed. */
        public static final Normalization PAPER = new Normalization(false, true);
    }

    /**
     * The weights of the four terms, each ≥ 0, not all 0.
     *
     * @param system weight of L_system
     * @param fast weight of L_fast
     * @param slow weight of L_slow
     * @param manifold weight of L_manifold
     */
    public record Weights(double system, double fast, double slow, double manifold) {
        /** Checks the weights. */
        public Weights {
            for (double w : new double[] {system, fast, slow, manifold}) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("fsnn loss: weights must be finite and >= 0, got " + this);
                }
            }
            if (system + fast + slow + manifold == 0) {
                throw new IllegalArgumentException("fsnn loss: at least one weight must be positive");
            }
        }

        /** All four terms with weight 1: eq. (4.1). */
        public static Weights all() {
            return new Weights(1, 1, 1, 1);
        }
    }

    /**
     * @param weights the term weights
     * @param integrator the full scheme's plugin name
     * @param closureIntegrator the slow-manifold scheme's plugin name
     */
    public FsnnLoss(Weights weights, String integrator, String closureIntegrator) {
        this(weights, FastSlowNetwork.integrator(integrator, ConfigNode.empty()),
                FastSlowNetwork.integrator(closureIntegrator, ConfigNode.empty()));
    }

    /**
     * @param weights the term weights
     * @param full steps fast-scale trajectories over one data interval (e.g. several IMEX sub-steps)
     * @param closure steps slow-scale trajectories on y = 0 over one data interval
     */
    public FsnnLoss(Weights weights, FastSlowIntegrator full, FastSlowIntegrator closure) {
        this(weights, full, closure, Normalization.PAPER);
    }

    /**
     * @param weights the term weights
     * @param full steps fast-scale trajectories over one data interval
     * @param closure steps slow-scale trajectories on y = 0 over one data interval
     * @param normalization how the integrals are normalized
     */
    public FsnnLoss(Weights weights, FastSlowIntegrator full, FastSlowIntegrator closure, Normalization normalization) {
        this.weights = weights;
        this.full = full;
        this.closure = closure;
        this.normalization = normalization;
    }

    /** How the trajectory integrals are normalized. */
    public Normalization normalization() {
        return normalization;
    }

    /** The term weights. */
    public Weights weights() {
        return weights;
    }

    @Override
    public Class<FastSlowNetwork> modelType() {
        return FastSlowNetwork.class;
    }

    @Override
    public Class<FsnnBatch> batchType() {
        return FsnnBatch.class;
    }

    @Override
    public LossTerms terms(FastSlowNetwork net, FsnnBatch batch) {
        return shardTerms(net, List.of(batch), 0);
    }

    /** Each shard's sums over its trajectories and manifold states, divided by the whole batch's counts. */
    @Override
    public LossTerms shardTerms(FastSlowNetwork net, List<FsnnBatch> shards, int shard) {
        int nd = 0;
        int nm = 0;
        for (FsnnBatch b : shards) {
            nd += b.trajectoryCount();
            nm += b.manifold() == null ? 0 : b.manifold().dim(0);
        }
        FsnnBatch batch = shards.get(shard);
        Sums sums = new Sums();
        if (batch.fast() != null) {
            trajectories(net, batch.fast(), full, false, sums);
        }
        if (batch.slow() != null) {
            trajectories(net, batch.slow(), closure, true, sums);
        }
        Backend be = net.flow().parameters().values().iterator().next().value().backend();
        Map<String, Var> terms = new LinkedHashMap<>();
        put(terms, SYSTEM, weights.system(), sums.system, nd, be);
        put(terms, FAST, weights.fast(), sums.fast, nd, be);
        put(terms, SLOW, weights.slow(), sums.slow, nd, be);
        if (weights.manifold() > 0) {
            Var value;
            if (batch.manifold() == null) {
                value = zero(be);
            } else {
                Var y = net.encode(Var.constant(batch.manifold()), Var.constant(batch.manifoldEps())).y();
                value = Ops.mul(Ops.sum(Ops.square(y)), weights.manifold() / nm);
            }
            terms.put(MANIFOLD, value);
        }
        return new LossTerms(terms);
    }

    private static void put(Map<String, Var> terms, String name, double weight, Var sum, int count, Backend be) {
        if (weight > 0) {
            terms.put(name, sum == null ? zero(be) : Ops.mul(sum, weight / count));
        }
    }

    private static Var zero(Backend be) {
        return Var.constant(be.fill(Shape.of(1), 0));
    }

    /** Running sums over trajectories of the three integrals (the slow one divided by ε). */
    private static final class Sums {
        Var system;
        Var fast;
        Var slow;

        static Var add(Var acc, Var v) {
            return acc == null ? v : Ops.add(acc, v);
        }
    }

    private void trajectories(FastSlowNetwork net, TrajectoryBatch data, FastSlowIntegrator integrator,
            boolean onManifold, Sums sums) {
        int b = data.size();
        int p = data.points();
        int n = data.stateDim();
        Backend be = data.states().backend();
        Tensor flat = data.states().reshape(b * p, n);
        int[] owner = new int[b * p];
        for (int r = 0; r < owner.length; r++) {
            owner[r] = r / p;
        }
        FastSlowState encoded = net.encode(Var.constant(flat), Var.constant(be.gatherRows(data.eps(), owner)));
        Var eps = Var.constant(data.eps());
        double[] t = data.times().toArray();
        double[] w = Trapezoid.weights(data.times()).toArray();
        if (normalization.timeAverage()) {
            for (int s = 0; s < b; s++) {
                double duration = t[s * p + p - 1] - t[s * p];
                for (int k = 0; k < p; k++) {
                    w[s * p + k] /= duration;
                }
            }
        }

        FastSlowState model = null;
        Var system = null;
        Var fast = null;
        Var slow = null;
        int[] rows = new int[b];
        double[] column = new double[b];
        for (int k = 0; k < p; k++) {
            for (int s = 0; s < b; s++) {
                rows[s] = s * p + k;
            }
            FastSlowState truth = new FastSlowState(Ops.gatherRows(encoded.x(), rows), Ops.gatherRows(encoded.y(), rows));
            if (k == 0) {
                model = onManifold
                        ? new FastSlowState(truth.x(), Var.constant(be.fill(Shape.of(b, net.fastDim()), 0)))
                        : truth;
            } else {
                for (int s = 0; s < b; s++) {
                    column[s] = t[s * p + k] - t[s * p + k - 1];
                }
                model = integrator.step(net, model, eps, Var.constant(be.fromArray(column.clone(), b, 1)));
            }
            for (int s = 0; s < b; s++) {
                column[s] = w[s * p + k];
            }
            Var wk = Var.constant(be.fromArray(column.clone(), b, 1));
            if (weights.system() > 0) {
                Var z = Var.constant(be.gatherRows(flat, rows));
                system = Sums.add(system, Ops.mul(squaredError(net.decode(model, eps), z), wk));
            }
            if (weights.fast() > 0) {
                fast = Sums.add(fast, Ops.mul(squaredError(model.y(), truth.y()), wk));
            }
            if (weights.slow() > 0) {
                slow = Sums.add(slow, Ops.mul(squaredError(model.x(), truth.x()), wk));
            }
        }
        if (system != null) {
            sums.system = Sums.add(sums.system, Ops.sum(system));
        }
        if (fast != null) {
            sums.fast = Sums.add(sums.fast, Ops.sum(fast));
        }
        if (slow != null) {
            sums.slow = Sums.add(sums.slow, Ops.sum(normalization.slowOverEpsilon() ? Ops.div(slow, eps) : slow));
        }
    }

    /** ‖a − b‖² per row, {@code [b, 1]}. */
    private static Var squaredError(Var a, Var b) {
        return Ops.sum(Ops.square(Ops.sub(a, b)), 1);
    }
}
