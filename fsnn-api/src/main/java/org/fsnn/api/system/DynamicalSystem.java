// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An autonomous or time-dependent ODE dz/dt = f(t, z) on plain {@code double[]}: the ground truth
 * fsnn learns from.
 *
 * <p>Right-hand sides write into the caller's array and allocate nothing, so reference solvers
 * can call them millions of times. Batches are row-major {@code [count, dimension]}.
 */
public interface DynamicalSystem {

    /** The state dimension. */
    int dimension();

    /** The resolved parameters this instance was made with. */
    Params params();

    /** Writes f(t, z) into {@code dzdt}. */
    void rhs(double t, double[] z, double[] dzdt);

    /**
     * Writes f(t, z) for {@code count} states stored row by row in {@code z} into {@code dzdt}.
     * The default calls {@link #rhs} once per state through two scratch rows.
     */
    default void rhsBatch(double t, double[] z, double[] dzdt, int count) {
        int d = dimension();
        double[] in = new double[d];
        double[] out = new double[d];
        for (int i = 0; i < count; i++) {
            System.arraycopy(z, i * d, in, 0, d);
            rhs(t, in, out);
            System.arraycopy(out, 0, dzdt, i * d, d);
        }
    }

    /** Whether {@link #jacobian} is analytic rather than the finite-difference fallback. */
    default boolean hasAnalyticJacobian() {
        return false;
    }

    /**
     * Writes the Jacobian ∂f/∂z at (t, z), row-major d×d, into {@code jac}. The default uses
     * central differences with a step scaled to each component.
     */
    default void jacobian(double t, double[] z, double[] jac) {
        int d = dimension();
        double[] zp = z.clone();
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < d; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(z[j]));
            zp[j] = z[j] + h;
            rhs(t, zp, fp);
            zp[j] = z[j] - h;
            rhs(t, zp, fm);
            zp[j] = z[j];
            for (int i = 0; i < d; i++) {
                jac[i * d + j] = (fp[i] - fm[i]) / (2 * h);
            }
        }
    }

    /** The sizes of the slow and fast subspaces, when known. */
    default Optional<FastSlowSplit> split() {
        return Optional.empty();
    }

    /**
     * Draws {@code count} initial states, row by row into {@code out}, from the region the
     * method papers sample.
     */
    void sampleInitialStates(SplittableRandom rng, int count, double[] out);
}
