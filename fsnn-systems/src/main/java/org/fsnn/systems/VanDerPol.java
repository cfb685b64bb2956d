// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.Params;

/**
 * The stiff Van der Pol oscillator in its second-order-as-system form (MATLAB's {@code vdp1000}):
 *
 * <pre>
 *   y1' = y2
 *   y2' = μ (1 − y1²) y2 − y1
 * </pre>
 *
 * <p>With μ large, y1 is slow and y2 fast (μ = 1/ε after rescaling y2 = w/μ); the limit cycle has
 * period ≈ (3 − 2 ln 2) μ. The fast block of the Jacobian is μ(1 − y1²), attracting where |y1| > 1,
 * and the slow block 0, at every state. Energy balance: d/dt (y1² + y2²)/2 = μ(1 − y1²) y2².
 * Initial states are uniform in y1 ∈ [−2, 2], y2 ∈ [−1, 1].
 */
public final class VanDerPol implements DynamicalSystem {
    private final Params params;
    private final double mu;

    /** A system with resolved parameters ({@code mu}). */
    public VanDerPol(Params params) {
        this.params = params;
        this.mu = params.get("mu");
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
    public void rhs(double t, double[] y, double[] dydt) {
        dydt[0] = y[1];
        dydt[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] y, double[] jac) {
        jac[0] = 0;
        jac[1] = 1;
        jac[2] = -2 * mu * y[0] * y[1] - 1;
        jac[3] = mu * (1 - y[0] * y[0]);
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(1, 1));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] y) {
        return Optional.of(Eigenvalues.real(mu * (1 - y[0] * y[0])));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] y) {
        return Optional.of(Eigenvalues.real(0));
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[2 * i] = rng.nextDouble(-2, 2);
            out[2 * i + 1] = rng.nextDouble(-1, 1);
        }
    }
}
