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
 * {@link DavisSkodje} in fast time τ = t/ε, the time of the FSNN normal form (FSNN eq. 2.6, where ε
 * multiplies the slow equation):
 *
 * <pre>
 *   dy/dτ = −ε y
 *   dz/dτ = −(z − h(y)),   h(y) = y / (1 + y)
 * </pre>
 *
 * <p>Every trajectory is the slow-time one re-timed, d/dτ = ε d/dt, so the invariant sets are the
 * same: the slow manifold's first-order expansion is z = h(y) + ε y h'(y), exactly as in slow time.
 * The eigenvalues are −1 (fast) and −ε (slow); ε = 0 is allowed and freezes y on the critical
 * manifold's fibres. Initial states as {@link DavisSkodje}.
 */
public final class DavisSkodjeFastTime implements DynamicalSystem {
    private final Params params;
    private final double eps;

    /** A system with resolved parameters ({@code eps}). */
    public DavisSkodjeFastTime(Params params) {
        this.params = params;
        this.eps = params.get(EPSILON);
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
        dsdt[0] = -eps * s[0];
        dsdt[1] = -(s[1] - DavisSkodje.h(s[0]));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] s, double[] jac) {
        double onePlusY = 1 + s[0];
        jac[0] = -eps;
        jac[1] = 0;
        jac[2] = 1 / (onePlusY * onePlusY);
        jac[3] = -1;
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(1, 1));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] s) {
        return Optional.of(Eigenvalues.real(-1));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] s) {
        return Optional.of(Eigenvalues.real(-eps));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return new DavisSkodje(params).slowManifold();
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        new DavisSkodje(params).sampleInitialStates(rng, count, out);
    }
}
