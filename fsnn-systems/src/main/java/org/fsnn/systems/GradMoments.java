// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;

/**
 * The linear Grad moment system of the FSNN paper (eq. 5.6), one-dimensional and 2π-periodic, for
 * the Fourier modes k = 0, …, kmax, as a real linear system dz/dt = A z of dimension 10·(kmax+1):
 *
 * <pre>
 *   d/dt [ρ_k, u_k, T_k, σ_k, q_k] = M_k [ρ_k, u_k, T_k, σ_k, q_k],
 *   M_k = [[0, −ikε, 0, 0, 0], [−ikε, 0, −ikε, −ikε, 0], [0, −⅔ikε, 0, 0, −⅔ikε],
 *          [0, −(4/3)ikε, 0, −1, −(8/15)ikε], [0, 0, −(5/2)ikε, −ikε, −⅔]]
 * </pre>
 *
 * <p>ε (the Knudsen number) multiplies the transport terms. Layout, slow block first: the slow
 * component of mode k, moment m ∈ {ρ=0, u=1, T=2}, part p ∈ {re=0, im=1} is at index
 * 6k + 2m + p; the fast component of mode k, moment m ∈ {σ=0, q=1}, part p is at
 * 6(kmax+1) + 4k + 2m + p. With kmax = 2: dimension 30, N_x = 18, N_y = 12.
 *
 * <p>The fast block of the Jacobian couples σ_k and q_k through O(kε) terms; its eigenvalues are
 * those of [[−1, −(8/15)ikε], [−ikε, −⅔]] per mode, which at ε = 0 (or k = 0) are −1 for every σ
 * part and −⅔ for every q part: the paper's Table 1 (−1 six times, −⅔ six times at kmax = 2). The
 * slow block is the linearized Euler system with eigenvalues 0 and ±ikε√(5/3), each twice per mode
 * in the real form. The slow manifold to first order is the
 * Navier–Stokes–Fourier closure σ_k = −(4/3)ikε u_k, q_k = −(15/4)ikε T_k. Initial states: every
 * part uniform in [−1, 1], as in the paper.
 */
public final class GradMoments implements DynamicalSystem {
    private static final String OWNER = "grad-moments";

    private final Params params;
    private final double eps;
    private final int modes;
    private final int dimension;
    private final double[] matrix;

    /** A system with resolved parameters ({@code eps}, {@code kmax}). */
    public GradMoments(Params params) {
        this.params = params;
        this.eps = params.get(EPSILON);
        this.modes = ParamChecks.integer(OWNER, params, "kmax") + 1;
        this.dimension = 10 * modes;
        this.matrix = new double[dimension * dimension];
        for (int k = 0; k < modes; k++) {
            addMode(k);
        }
    }

    /** Index of a slow moment (ρ=0, u=1, T=2) of mode k, part re=0 or im=1. */
    int slowIndex(int k, int moment, int part) {
        return 6 * k + 2 * moment + part;
    }

    /** Index of a fast moment (σ=0, q=1) of mode k, part re=0 or im=1. */
    int fastIndex(int k, int moment, int part) {
        return 6 * modes + 4 * k + 2 * moment + part;
    }

    /** Adds mode k's complex matrix M_k = D − ikε P in real form. */
    private void addMode(int k) {
        int rho = slowIndex(k, 0, 0);
        int u = slowIndex(k, 1, 0);
        int temp = slowIndex(k, 2, 0);
        int sigma = fastIndex(k, 0, 0);
        int q = fastIndex(k, 1, 0);
        double c = k * eps;
        addImaginary(rho, u, -c);
        addImaginary(u, rho, -c);
        addImaginary(u, temp, -c);
        addImaginary(u, sigma, -c);
        addImaginary(temp, u, -2.0 / 3 * c);
        addImaginary(temp, q, -2.0 / 3 * c);
        addImaginary(sigma, u, -4.0 / 3 * c);
        addImaginary(sigma, q, -8.0 / 15 * c);
        addImaginary(q, temp, -5.0 / 2 * c);
        addImaginary(q, sigma, -c);
        addReal(sigma, sigma, -1);
        addReal(q, q, -2.0 / 3);
    }

    /** (re + i im)' += a (re + i im) for the pairs starting at row and col. */
    private void addReal(int row, int col, double a) {
        matrix[row * dimension + col] += a;
        matrix[(row + 1) * dimension + col + 1] += a;
    }

    /** (re + i im)' += i b (re + i im): re' += −b im, im' += b re. */
    private void addImaginary(int row, int col, double b) {
        matrix[row * dimension + col + 1] += -b;
        matrix[(row + 1) * dimension + col] += b;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] z, double[] dzdt) {
        for (int i = 0; i < dimension; i++) {
            double s = 0;
            int row = i * dimension;
            for (int j = 0; j < dimension; j++) {
                s += matrix[row + j] * z[j];
            }
            dzdt[i] = s;
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] z, double[] jac) {
        System.arraycopy(matrix, 0, jac, 0, matrix.length);
    }

    /** The system matrix A, row-major, a copy. */
    public double[] matrix() {
        return matrix.clone();
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(6 * modes, 4 * modes));
    }

    /**
     * Per mode, the fast block [[−1, −(8/15)ikε], [−ikε, −⅔]] has the eigenvalues μ of
     * μ² + (5/3)μ + ⅔ + (8/15)(kε)² = 0, each twice in the real form; at ε = 0 they are −1 and −⅔.
     */
    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] z) {
        double[] re = new double[4 * modes];
        double[] im = new double[4 * modes];
        for (int k = 0; k < modes; k++) {
            double c = k * eps;
            double discriminant = 1.0 / 9 - 32.0 / 15 * c * c;
            double root = Math.sqrt(Math.abs(discriminant)) / 2;
            if (discriminant >= 0) {
                re[4 * k] = re[4 * k + 1] = -5.0 / 6 - root;
                re[4 * k + 2] = re[4 * k + 3] = -5.0 / 6 + root;
            } else {
                Arrays.fill(re, 4 * k, 4 * k + 4, -5.0 / 6);
                im[4 * k] = im[4 * k + 2] = root;
                im[4 * k + 1] = im[4 * k + 3] = -root;
            }
        }
        return Optional.of(new Eigenvalues(re, im));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] z) {
        double[] re = new double[6 * modes];
        double[] im = new double[6 * modes];
        for (int k = 0; k < modes; k++) {
            double sound = k * eps * Math.sqrt(5.0 / 3);
            im[6 * k + 2] = sound;
            im[6 * k + 3] = -sound;
            im[6 * k + 4] = sound;
            im[6 * k + 5] = -sound;
        }
        return Optional.of(new Eigenvalues(re, im));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new GraphManifold(6 * modes, dimension, 1) {
            @Override
            void fast(double[] x, double[] y) {
                for (int k = 0; k < modes; k++) {
                    double c = k * eps;
                    // σ = −(4/3)ikε u and q = −(15/4)ikε T, with −i(a + ib) = b − ia
                    double sigma = -4.0 / 3 * c;
                    double q = -15.0 / 4 * c;
                    y[4 * k] = -sigma * x[slowIndex(k, 1, 1)];
                    y[4 * k + 1] = sigma * x[slowIndex(k, 1, 0)];
                    y[4 * k + 2] = -q * x[slowIndex(k, 2, 1)];
                    y[4 * k + 3] = q * x[slowIndex(k, 2, 0)];
                }
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count * 6 * modes; i++) {
                    out[i] = rng.nextDouble(-1, 1);
                }
            }
        });
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < count * dimension; i++) {
            out[i] = rng.nextDouble(-1, 1);
        }
    }
}
