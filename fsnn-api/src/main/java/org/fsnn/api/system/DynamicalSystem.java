// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * An autonomous or time-dependent ODE dz/dt = f(t, z) on plain {@code double[]}: the ground truth
 * fsnn learns from.
 *
 * <p>Right-hand sides write into the caller's array and allocate nothing, so reference solvers
 * can call them millions of times. Batches are row-major {@code [count, dimension]}.
 *
 * <p>Fast–slow systems order the state as z = (x, y): the N_x slow components first, then the N_y
 * fast ones (see {@link #split()}). Their small parameter ε is the parameter named {@value #EPSILON}
 * (see {@link #epsilon()}); diagnostics compare learned Jacobian spectra with
 * {@link #fastEigenvalues} and {@link #slowEigenvalues}.
 */
public interface DynamicalSystem {

    /** The name of the parameter that holds a fast–slow system's small parameter ε. */
    String EPSILON = "eps";

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

    /**
     * The sizes of the slow and fast subspaces, when known. When present, the first N_x components
     * of the state are the slow variables x and the last N_y the fast variables y.
     */
    default Optional<FastSlowSplit> split() {
        return Optional.empty();
    }

    /**
     * The small parameter ε of a fast–slow system: by convention the value of the parameter named
     * {@value #EPSILON}, empty when the system declares none. The convention of where ε sits (a
     * factor of the slow equations, as in the FSNN paper, or a divisor of the fast ones, as in
     * Davis–Skodje) is the system's own and stated in its javadoc.
     */
    default OptionalDouble epsilon() {
        Double eps = params().asMap().get(EPSILON);
        return eps == null ? OptionalDouble.empty() : OptionalDouble.of(eps);
    }

    /** The slow manifold, exact or asymptotic (see {@link SlowManifold#order()}), when known. */
    default Optional<SlowManifold> slowManifold() {
        return Optional.empty();
    }

    /**
     * The eigenvalues of the fast block ∂f_y/∂y of the Jacobian at the state {@code z}, in this
     * system's time, where a closed form is known at {@code z} (for some systems only on the slow
     * manifold); empty elsewhere. Requires {@link #split()}.
     */
    default Optional<Eigenvalues> fastEigenvalues(double[] z) {
        return Optional.empty();
    }

    /**
     * The eigenvalues of the slow block ∂f_x/∂x of the Jacobian at the state {@code z}, in this
     * system's time, where a closed form is known at {@code z}; empty elsewhere. Requires
     * {@link #split()}.
     */
    default Optional<Eigenvalues> slowEigenvalues(double[] z) {
        return Optional.empty();
    }

    /**
     * Draws {@code count} initial states, row by row into {@code out}, from the region the
     * method papers sample.
     */
    void sampleInitialStates(SplittableRandom rng, int count, double[] out);
}
