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
 * The two-scale Lorenz96 system in the fast-time scaling of the FSNN paper (eq. 5.8, obtained from
 * eq. 5.7 with c = b = 1/ε, Y = εy, τ = εt), with the forcing F and coupling h of eq. 5.7 kept
 * (the paper takes F = 0, h = 1):
 *
 * <pre>
 *   dx_k/dt     = ε (−x_{k−1}(x_{k−2} − x_{k+1}) − x_k + F) − h ε² Σ_j y_{j,k}
 *   dy_{j,k}/dt = −y_{j+1,k}(y_{j+2,k} − y_{j−1,k}) − y_{j,k} + h x_k
 * </pre>
 *
 * <p>for k = 1..K, j = 1..J, periodic in k with period K and, for each k, in j with period J
 * (Y_{j+J,k} = Y_{j,k}, as the paper states). Layout: x_k (k = 0..K−1) at index k, then y_{j,k} at
 * K + kJ + j. Energy identity (eq. 5.15, with F): ½Σ(x_k²)' + ½ε²ΣΣ(y_{j,k}²)' =
 * −εΣx_k² + εFΣx_k − ε²ΣΣy_{j,k}².
 *
 * <p>Slow manifold to first order: y_{j,k} = h (x_k − ε g_k(x)), g_k the bracket of the slow
 * equation, because the fast block maps a j-constant vector c to −c; at ε = 0 it is the paper's
 * graph y_{j,k} = x_k (h = 1). Where the y_{·,k} are equal to χ_k in j (on that manifold), the fast
 * block is circulant with eigenvalues λ_j = −1 − χ_k(e^{4πij/J} − e^{−2πij/J}) (eq. 5.12).
 * Initial states: x_k uniform in [−½, 1], y_{j,k} standard normal, as in the paper.
 */
public final class Lorenz96TwoScale implements DynamicalSystem {
    private static final String OWNER = "lorenz96-two-scale";

    private final Params params;
    private final double eps;
    private final double forcing;
    private final double coupling;
    private final int slowCount;
    private final int fastPerSlow;

    /** A system with resolved parameters ({@code eps}, {@code K}, {@code J}, {@code F}, {@code h}). */
    public Lorenz96TwoScale(Params params) {
        this.params = params;
        this.eps = params.get(EPSILON);
        this.slowCount = ParamChecks.integer(OWNER, params, "K");
        this.fastPerSlow = ParamChecks.integer(OWNER, params, "J");
        this.forcing = params.get("F");
        this.coupling = params.get("h");
    }

    private int x(int k) {
        return Math.floorMod(k, slowCount);
    }

    private int y(int j, int k) {
        return slowCount + k * fastPerSlow + Math.floorMod(j, fastPerSlow);
    }

    /** The bracket g_k = −x_{k−1}(x_{k−2} − x_{k+1}) − x_k + F of the slow equation. */
    private double slowBracket(double[] z, int k) {
        return -z[x(k - 1)] * (z[x(k - 2)] - z[x(k + 1)]) - z[k] + forcing;
    }

    @Override
    public int dimension() {
        return slowCount * (1 + fastPerSlow);
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] z, double[] dzdt) {
        for (int k = 0; k < slowCount; k++) {
            double sum = 0;
            for (int j = 0; j < fastPerSlow; j++) {
                sum += z[y(j, k)];
                dzdt[y(j, k)] = -z[y(j + 1, k)] * (z[y(j + 2, k)] - z[y(j - 1, k)]) - z[y(j, k)] + coupling * z[k];
            }
            dzdt[k] = eps * slowBracket(z, k) - coupling * eps * eps * sum;
        }
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] z, double[] jac) {
        int d = dimension();
        Arrays.fill(jac, 0, d * d, 0);
        for (int k = 0; k < slowCount; k++) {
            int row = k * d;
            jac[row + x(k - 1)] += -eps * (z[x(k - 2)] - z[x(k + 1)]);
            jac[row + x(k - 2)] += -eps * z[x(k - 1)];
            jac[row + x(k + 1)] += eps * z[x(k - 1)];
            jac[row + k] += -eps;
            for (int j = 0; j < fastPerSlow; j++) {
                jac[row + y(j, k)] += -coupling * eps * eps;
                int fastRow = y(j, k) * d;
                jac[fastRow + y(j + 1, k)] += -(z[y(j + 2, k)] - z[y(j - 1, k)]);
                jac[fastRow + y(j + 2, k)] += -z[y(j + 1, k)];
                jac[fastRow + y(j - 1, k)] += z[y(j + 1, k)];
                jac[fastRow + y(j, k)] += -1;
                jac[fastRow + k] += coupling;
            }
        }
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(slowCount, slowCount * fastPerSlow));
    }

    /** Eq. 5.12 for each k where y_{·,k} is constant in j; empty where it is not. */
    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] z) {
        int n = slowCount * fastPerSlow;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < slowCount; k++) {
            double chi = z[y(0, k)];
            for (int j = 0; j < fastPerSlow; j++) {
                if (z[y(j, k)] != chi) {
                    return Optional.empty();
                }
                double a = 4 * Math.PI * j / fastPerSlow;
                double b = -2 * Math.PI * j / fastPerSlow;
                re[k * fastPerSlow + j] = -1 - chi * (Math.cos(a) - Math.cos(b));
                im[k * fastPerSlow + j] = -chi * (Math.sin(a) - Math.sin(b));
            }
        }
        return Optional.of(new Eigenvalues(re, im));
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new GraphManifold(slowCount, dimension(), 1) {
            @Override
            void fast(double[] xs, double[] ys) {
                for (int k = 0; k < slowCount; k++) {
                    double value = coupling * (xs[k] - eps * slowBracket(xs, k));
                    Arrays.fill(ys, k * fastPerSlow, (k + 1) * fastPerSlow, value);
                }
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count * slowCount; i++) {
                    out[i] = rng.nextDouble(-0.5, 1);
                }
            }
        });
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        int d = dimension();
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < d; c++) {
                out[i * d + c] = c < slowCount ? rng.nextDouble(-0.5, 1) : gaussian(rng);
            }
        }
    }

    /** A standard normal draw (Box–Muller, one value per call). */
    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
