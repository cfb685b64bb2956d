// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;

/**
 * How right-hand-side labels are made, and the bias they carry.
 *
 * <p>A central burst over ±τ applied to a linear mode e^{λt} returns sinh(λτ)/τ instead of λ
 * (Alg. 4 of the stiff operator-learning paper): its relative bias is (λτ)²/6 + O((λτ)⁴), which with
 * the paper's τ = 1e-2 overstates the fast rate 1/ε of Davis–Skodje by 17.5 at ε = 0.01. A network
 * fitted perfectly to such labels learns the biased rate; {@link #floor(double)} gives it.
 * Richardson extrapolation (4 D(τ/2) − D(τ))/3 cancels the τ² term: it returns
 * (8 sinh(λτ/2) − sinh(λτ))/(3τ) = λ(1 − (λτ)⁴/480 + …). The adaptive burst uses
 * τ_loc = min(τ, κ/ρ) with ρ the largest |λ| of the system's {@code fastEigenvalues} at the state
 * (or, where those are unknown, the ∞-norm of the Jacobian, an upper bound on its spectral radius),
 * so that |λ τ_loc| ≤ κ and the relative bias stays below about κ²/6.
 *
 * @param mode the kind of label
 * @param tau the burst horizon τ (the largest one, for adaptive bursts), positive
 * @param kappa the adaptive bursts' bound on |λ τ_loc|, positive
 * @param solver the reference solver of the micro-integrations
 */
public record LabelSpec(LabelMode mode, double tau, double kappa, SolverSpec solver) {

    /** The paper's burst horizon τ = 1e-2 (footnote 2). */
    public static final double PAPER_TAU = 1e-2;
    /** The default bound on |λ τ_loc| of adaptive bursts: a relative bias of about 1.7e-3. */
    public static final double DEFAULT_KAPPA = 0.1;

    /** Validates the settings. */
    public LabelSpec {
        if (mode == null || solver == null || !(tau > 0) || Double.isInfinite(tau) || !(kappa > 0)
                || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("labels: need a mode, a solver, and finite tau > 0 and kappa > 0; got "
                    + mode + ", tau=" + tau + ", kappa=" + kappa);
        }
    }

    /** Exact labels f(z). */
    public static LabelSpec direct() {
        return new LabelSpec(LabelMode.DIRECT, PAPER_TAU, DEFAULT_KAPPA, SolverSpec.BURSTS);
    }

    /** Labels of this mode and horizon, with the paper's burst solver (RK45, rtol 1e-9, atol 1e-12). */
    public static LabelSpec of(LabelMode mode, double tau) {
        return new LabelSpec(mode, tau, DEFAULT_KAPPA, SolverSpec.BURSTS);
    }

    /** The paper's labels: plain bursts with τ = 1e-2. */
    public static LabelSpec paper() {
        return of(LabelMode.BURST, PAPER_TAU);
    }

    /**
     * Reads {@code {"mode", "tau", "kappa", "solver": {...}}}; absent entries take the paper's values.
     *
     * @throws IllegalArgumentException naming the JSON path of a bad entry
     */
    public static LabelSpec fromConfig(ConfigNode node) {
        node.requireOnly("mode", "tau", "kappa", "solver");
        LabelMode mode = LabelMode.of(node.path() + ".mode", node.getString("mode", LabelMode.BURST.label()));
        double tau = node.getDouble("tau", PAPER_TAU);
        double kappa = node.getDouble("kappa", DEFAULT_KAPPA);
        if (!(tau > 0)) {
            throw new IllegalArgumentException(node.path() + ".tau: must be > 0, got " + tau);
        }
        if (!(kappa > 0)) {
            throw new IllegalArgumentException(node.path() + ".kappa: must be > 0, got " + kappa);
        }
        return new LabelSpec(mode, tau, kappa, SolverSpec.fromConfig(node.child("solver"), SolverSpec.BURSTS));
    }

    /**
     * The rate a perfect fit to these labels learns for a real linear mode of rate λ: the value of
     * the label of e^{λt} at t = 0. λ for direct labels.
     */
    public double floor(double lambda) {
        return switch (mode) {
            case DIRECT -> lambda;
            case BURST -> burst(lambda, tau);
            case BURST_RICHARDSON -> (8 * Math.sinh(lambda * tau / 2) - Math.sinh(lambda * tau)) / (3 * tau);
            case BURST_ADAPTIVE -> burst(lambda, localTau(Math.abs(lambda)));
        };
    }

    /** The horizon adaptive bursts use where the fastest rate is {@code rate}: min(τ, κ/rate). */
    public double localTau(double rate) {
        return rate > 0 ? Math.min(tau, kappa / rate) : tau;
    }

    private static double burst(double lambda, double tau) {
        return Math.sinh(lambda * tau) / tau;
    }

    /** The settings as a JSON-ready map, for dataset headers. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", mode.label());
        if (mode != LabelMode.DIRECT) {
            map.put("tau", tau);
            if (mode == LabelMode.BURST_ADAPTIVE) {
                map.put("kappa", kappa);
            }
            map.put("solver", solver.toMap());
        }
        return map;
    }
}
