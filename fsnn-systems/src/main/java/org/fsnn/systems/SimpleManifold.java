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
 * The simple attracting manifold of the FSNN paper (eqs. 5.1–5.2), z = (z1 slow, z2 fast):
 *
 * <pre>
 *   dz1/dt = −ε (sin z1 + z2)
 *   dz2/dt = λ(z1) (z2 − θ(z1)),   λ(x) = −1 − cos(2x)/10,   θ(x) = 2 tanh x
 * </pre>
 *
 * <p>ε multiplies the slow equation. The slow manifold to first order in ε is
 * z2 = θ(z1) − ε θ'(z1)(sin z1 + θ(z1))/λ(z1); at ε = 0 it is the critical manifold z2 = θ(z1).
 * The fast block of the Jacobian is λ(z1) and the slow block −ε cos z1, at every state. Initial
 * states are uniform in [−1, 1]², manifold data uniform in z1 ∈ [−1, 1], as in the paper.
 */
public final class SimpleManifold implements DynamicalSystem {
    private final Params params;
    private final double eps;

    /** A system with resolved parameters ({@code eps}). */
    public SimpleManifold(Params params) {
        this.params = params;
        this.eps = params.get(EPSILON);
    }

    static double lambda(double x) {
        return -1 - 0.1 * Math.cos(2 * x);
    }

    static double theta(double x) {
        return 2 * Math.tanh(x);
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
    public void rhs(double t, double[] z, double[] dzdt) {
        double z1 = z[0];
        double z2 = z[1];
        dzdt[0] = -eps * (Math.sin(z1) + z2);
        dzdt[1] = lambda(z1) * (z2 - theta(z1));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] z, double[] jac) {
        double z1 = z[0];
        double tanh = Math.tanh(z1);
        double dTheta = 2 * (1 - tanh * tanh);
        double dLambda = 0.2 * Math.sin(2 * z1);
        jac[0] = -eps * Math.cos(z1);
        jac[1] = -eps;
        jac[2] = dLambda * (z[1] - theta(z1)) - lambda(z1) * dTheta;
        jac[3] = lambda(z1);
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(1, 1));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.real(lambda(z[0])));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.real(-eps * Math.cos(z[0])));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new GraphManifold(1, 2, 1) {
            @Override
            void fast(double[] x, double[] y) {
                double z1 = x[0];
                double tanh = Math.tanh(z1);
                double dTheta = 2 * (1 - tanh * tanh);
                y[0] = theta(z1) - eps * dTheta * (Math.sin(z1) + theta(z1)) / lambda(z1);
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[i] = rng.nextDouble(-1, 1);
                }
            }
        });
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < 2 * count; i++) {
            out[i] = rng.nextDouble(-1, 1);
        }
    }
}
