// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;

/**
 * Robertson's stiff chemical kinetics (Hairer and Wanner, Solving ODEs II, §IV.1):
 *
 * <pre>
 *   y1' = −k1 y1 + k3 y2 y3
 *   y2' =  k1 y1 − k3 y2 y3 − k2 y2²
 *   y3' =  k2 y2²
 * </pre>
 *
 * <p>with k1 = 0.04, k2 = 3·10⁷, k3 = 10⁴ by default. The right-hand side sums to zero, so
 * y1 + y2 + y3 is conserved and the Jacobian has the eigenvalue 0. The classic initial state is
 * (1, 0, 0); sampled initial states lie on the simplex y1 + y2 + y3 = 1 with y1 uniform in [0, 1]
 * and y2 uniform in [0, 4·10⁻⁵] (y2 peaks near 3.65·10⁻⁵ on the classic trajectory).
 */
public final class Robertson implements DynamicalSystem {
    private final Params params;
    private final double k1;
    private final double k2;
    private final double k3;

    /** A system with resolved parameters ({@code k1}, {@code k2}, {@code k3}). */
    public Robertson(Params params) {
        this.params = params;
        this.k1 = params.get("k1");
        this.k2 = params.get("k2");
        this.k3 = params.get("k3");
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] y, double[] dydt) {
        double decay = k1 * y[0];
        double recombination = k3 * y[1] * y[2];
        double dimerization = k2 * y[1] * y[1];
        dydt[0] = -decay + recombination;
        dydt[1] = decay - recombination - dimerization;
        dydt[2] = dimerization;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] y, double[] jac) {
        jac[0] = -k1;
        jac[1] = k3 * y[2];
        jac[2] = k3 * y[1];
        jac[3] = k1;
        jac[4] = -k3 * y[2] - 2 * k2 * y[1];
        jac[5] = -k3 * y[1];
        jac[6] = 0;
        jac[7] = 2 * k2 * y[1];
        jac[8] = 0;
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            double y1 = rng.nextDouble();
            double y2 = rng.nextDouble(0, 4e-5);
            out[3 * i] = y1;
            out[3 * i + 1] = y2;
            out[3 * i + 2] = Math.max(0, 1 - y1 - y2);
        }
    }
}
