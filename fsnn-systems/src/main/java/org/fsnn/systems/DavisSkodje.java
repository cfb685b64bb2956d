// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;

/**
 * The Davis–Skodje benchmark in the form of the stiff operator-learning paper (eqs. 3–4),
 * state (y slow, z fast):
 *
 * <pre>
 *   dy/dt = −y
 *   dz/dt = −(z − h(y)) / ε,   h(y) = y / (1 + y)
 * </pre>
 *
 * <p>ε divides the fast equation. The Jacobian is lower triangular, so its eigenvalues are exactly
 * −1 (slow) and −1/ε (fast) at every state with y ≠ −1. In this form the curve z = h(y) that the
 * paper calls the slow manifold is the critical manifold (the ε → 0 limit), not an invariant set:
 * the invariant slow manifold z = φ(y) solves φ − ε y φ' = h, and {@link #slowManifold()} returns
 * its first-order expansion z = h(y) + ε y h'(y) = y/(1+y) + ε y/(1+y)². States need y > −1.
 * The paper gives no sampling region; initial states are uniform in y ∈ [0, 2], z ∈ [−0.5, 1.5],
 * which holds the manifold (z ∈ [0, 2/3]) and states off it on both sides.
 *
 * <p>{@linkplain #inFastTime In fast time} τ = t/ε, the time of the FSNN normal form (FSNN eq. 2.6,
 * where ε multiplies the slow equation), the same system reads dy/dτ = −ε y,
 * dz/dτ = −(z − h(y)): every trajectory is re-timed (d/dτ = ε d/dt), the invariant sets and the
 * slow manifold are the same, the eigenvalues are −ε (slow) and −1 (fast), and ε = 0 is allowed
 * (y frozen on the critical manifold's fibres).
 */
public final class DavisSkodje implements DynamicalSystem {
    private final Params params;
    private final double eps;
    /** The rate of the slow equation: 1 in slow time, ε in fast time. */
    private final double slowRate;
    /** The rate of the fast equation: 1/ε in slow time, 1 in fast time. */
    private final double fastRate;

    /** The system in slow time t, with resolved parameters ({@code eps}). */
    public DavisSkodje(Params params) {
        this(params, false);
    }

    private DavisSkodje(Params params, boolean fastTime) {
        this.params = params;
        this.eps = params.get(EPSILON);
        this.slowRate = fastTime ? eps : 1;
        this.fastRate = fastTime ? 1 : 1 / eps;
    }

    /** The system in fast time τ = t/ε, with resolved parameters ({@code eps}, 0 allowed). */
    public static DavisSkodje inFastTime(Params params) {
        return new DavisSkodje(params, true);
    }

    /** h(y) = y / (1 + y), the critical manifold. */
    static double h(double y) {
        return y / (1 + y);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] s, double[] dsdt) {
        dsdt[0] = -slowRate * s[0];
        dsdt[1] = -fastRate * (s[1] - h(s[0]));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] s, double[] jac) {
        double onePlusY = 1 + s[0];
        jac[0] = -slowRate;
        jac[1] = 0;
        jac[2] = fastRate / (onePlusY * onePlusY);
        jac[3] = -fastRate;
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(1, 1));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] s) {
        return Optional.of(Eigenvalues.real(-fastRate));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] s) {
        return Optional.of(Eigenvalues.real(-slowRate));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new GraphManifold(1, 2, 1) {
            @Override
            void fast(double[] x, double[] z) {
                double onePlusY = 1 + x[0];
                z[0] = h(x[0]) + eps * x[0] / (onePlusY * onePlusY);
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[i] = rng.nextDouble(0, 2);
                }
            }
        });
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[2 * i] = rng.nextDouble(0, 2);
            out[2 * i + 1] = rng.nextDouble(-0.5, 1.5);
        }
    }
}
