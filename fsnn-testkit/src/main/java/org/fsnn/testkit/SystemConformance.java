// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite every {@link SystemProvider}'s test extends: one line gives a system the
 * checks below; the subclass adds the checks against the system's own exact answers.
 *
 * <pre>
 * class DavisSkodjeTest extends SystemConformance {
 *     protected SystemProvider provider() { return new DavisSkodjeProvider(); }
 * }
 * </pre>
 *
 * <p>It checks the provider's name and parameter specs, that bad parameters fail with one-line
 * messages naming the parameter and its range, finite right-hand sides on sampled states, that
 * {@code rhsBatch} equals {@code rhs} row by row, an analytic Jacobian against central differences,
 * the split, seeded reproducibility of the samplers, that the slow manifold lifts and projects
 * consistently and is invariant to its stated order in ε, and that reported fast and slow
 * eigenvalues are those of the Jacobian's blocks.
 *
 * <p>The test methods are public so that JUnit can run them from any module that reads this one.
 */
public abstract class SystemConformance {

    /** How many sampled states each check uses. */
    protected static final int SAMPLES = 8;

    /** The provider under test. */
    protected abstract SystemProvider provider();

    /** Parameter values of the system under test; the defaults where absent. */
    protected Map<String, Double> parameters() {
        return Map.of();
    }

    /**
     * Decreasing ε values, within the range of {@code eps}, at which an approximate slow manifold's
     * order is measured; small enough for the asymptotic regime.
     */
    protected double[] epsilonLadder() {
        return new double[] {4e-3, 2e-3, 1e-3};
    }

    /** Relative tolerance of the analytic Jacobian against central differences. */
    protected double jacobianTolerance() {
        return 1e-6;
    }

    /** The system under test, made from {@link #parameters()}. */
    protected final DynamicalSystem system() {
        return system(Map.of());
    }

    /** The system under test with some parameters overridden. */
    protected final DynamicalSystem system(Map<String, Double> overrides) {
        Map<String, Double> given = new HashMap<>(parameters());
        given.putAll(overrides);
        SystemProvider p = provider();
        return p.create(Params.resolve(p.name(), p.parameters(), given));
    }

    /** {@code count} initial states drawn with a seed, row by row. */
    protected final double[] sampledStates(DynamicalSystem system, long seed, int count) {
        double[] states = new double[count * system.dimension()];
        system.sampleInitialStates(new SplittableRandom(seed), count, states);
        return states;
    }

    /** Row {@code i} of a row-major batch of {@code width}-wide rows. */
    protected static double[] row(double[] batch, int i, int width) {
        return Arrays.copyOfRange(batch, i * width, (i + 1) * width);
    }

    @Test
    public void providerHasAValidNameAndUniqueParametersWithDescriptions() {
        SystemProvider p = provider();
        new Registry<>(SystemProvider.class, List.of(p));
        assertFalse(p.description().isBlank(), p.name() + " needs a description");
        var names = new HashSet<String>();
        for (ParameterSpec s : p.parameters()) {
            assertTrue(names.add(s.name()), p.name() + " declares parameter '" + s.name() + "' twice");
            assertFalse(s.description().isBlank(), p.name() + ": parameter '" + s.name() + "' needs a description");
        }
    }

    @Test
    public void systemHasAPositiveDimensionAndKeepsItsResolvedParameters() {
        SystemProvider p = provider();
        DynamicalSystem s = system();
        assertTrue(s.dimension() > 0);
        Map<String, Double> given = parameters();
        assertEquals(Params.resolve(p.name(), p.parameters(), given).asMap(), s.params().asMap());
    }

    @Test
    public void badParametersFailWithOneLineMessagesNamingTheParameterAndRange() {
        SystemProvider p = provider();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> p.create(Params.resolve(p.name(), p.parameters(), Map.of("no-such-parameter", 1.0))));
        assertOneLineNaming(unknown, "no-such-parameter");
        for (ParameterSpec spec : p.parameters()) {
            List<Double> bad = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
            if (spec.min() > -Double.MAX_VALUE) {
                bad.add(spec.min() - Math.max(1, Math.abs(spec.min())));
            }
            if (spec.max() < Double.MAX_VALUE) {
                bad.add(spec.max() + Math.max(1, Math.abs(spec.max())));
            }
            for (double value : bad) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> p.create(Params.resolve(p.name(), p.parameters(), Map.of(spec.name(), value))),
                        p.name() + ": parameter '" + spec.name() + "' = " + value + " was accepted");
                assertOneLineNaming(e, spec.name());
                assertTrue(e.getMessage().contains(spec.range()), "message should give the range: " + e.getMessage());
            }
        }
    }

    /** Asserts the message is one line and names {@code what}. */
    protected static void assertOneLineNaming(IllegalArgumentException e, String what) {
        assertFalse(e.getMessage().contains("\n"), "one line expected: " + e.getMessage());
        assertTrue(e.getMessage().contains("'" + what + "'"), "message should name '" + what + "': " + e.getMessage());
    }

    @Test
    public void rhsIsFiniteOnSampledStates() {
        DynamicalSystem s = system();
        int d = s.dimension();
        double[] states = sampledStates(s, 1, SAMPLES);
        double[] f = new double[d];
        for (int i = 0; i < SAMPLES; i++) {
            double[] z = row(states, i, d);
            assertTrue(Arrays.stream(z).allMatch(Double::isFinite), "sampled state " + Arrays.toString(z));
            s.rhs(0, z, f);
            assertTrue(Arrays.stream(f).allMatch(Double::isFinite), "rhs at " + Arrays.toString(z) + " = "
                    + Arrays.toString(f));
        }
    }

    @Test
    public void rhsBatchEqualsRhsRowByRow() {
        DynamicalSystem s = system();
        int d = s.dimension();
        double[] states = sampledStates(s, 2, SAMPLES);
        double[] batch = new double[SAMPLES * d];
        s.rhsBatch(0.5, states, batch, SAMPLES);
        double[] f = new double[d];
        for (int i = 0; i < SAMPLES; i++) {
            s.rhs(0.5, row(states, i, d), f);
            for (int c = 0; c < d; c++) {
                assertEquals(f[c], batch[i * d + c], 1e-13 * (1 + Math.abs(f[c])), "row " + i + ", component " + c);
            }
        }
    }

    @Test
    public void analyticJacobianMatchesCentralDifferences() {
        DynamicalSystem s = system();
        assumeTrue(s.hasAnalyticJacobian(), "no analytic Jacobian");
        int d = s.dimension();
        double[] states = sampledStates(s, 3, SAMPLES);
        double[] jac = new double[d * d];
        double[] fd = new double[d * d];
        for (int i = 0; i < SAMPLES; i++) {
            double[] z = row(states, i, d);
            s.jacobian(0, z, jac);
            centralDifferences(s, z, fd);
            for (int r = 0; r < d; r++) {
                double scale = 1;
                for (int c = 0; c < d; c++) {
                    scale = Math.max(scale, Math.abs(fd[r * d + c]));
                }
                for (int c = 0; c < d; c++) {
                    assertEquals(fd[r * d + c], jac[r * d + c], jacobianTolerance() * scale,
                            "∂f_" + r + "/∂z_" + c + " at " + Arrays.toString(z));
                }
            }
        }
    }

    /** ∂f/∂z by central differences with steps 1e-5 · max(1, |z_j|). */
    protected static void centralDifferences(DynamicalSystem s, double[] z, double[] jac) {
        int d = s.dimension();
        double[] zp = z.clone();
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < d; j++) {
            double h = 1e-5 * Math.max(1, Math.abs(z[j]));
            zp[j] = z[j] + h;
            s.rhs(0, zp, fp);
            zp[j] = z[j] - h;
            s.rhs(0, zp, fm);
            zp[j] = z[j];
            for (int r = 0; r < d; r++) {
                jac[r * d + j] = (fp[r] - fm[r]) / (2 * h);
            }
        }
    }

    @Test
    public void splitSizesSumToTheDimension() {
        DynamicalSystem s = system();
        s.split().ifPresent(split -> assertEquals(s.dimension(), split.slow() + split.fast(), split.toString()));
    }

    @Test
    public void samplersAreReproducibleForASeedAndVaryAcrossSeeds() {
        DynamicalSystem s = system();
        assertArrayEquals(sampledStates(s, 7, SAMPLES), sampledStates(s, 7, SAMPLES));
        assertFalse(Arrays.equals(sampledStates(s, 7, SAMPLES), sampledStates(s, 8, SAMPLES)));
        s.slowManifold().ifPresent(m -> {
            assertArrayEquals(manifoldPoints(m, 7), manifoldPoints(m, 7));
            assertFalse(Arrays.equals(manifoldPoints(m, 7), manifoldPoints(m, 8)));
        });
    }

    private static double[] manifoldPoints(SlowManifold m, long seed) {
        double[] out = new double[SAMPLES * m.dimension()];
        m.sampleManifold(new SplittableRandom(seed), SAMPLES, out);
        return out;
    }

    @Test
    public void slowManifoldProjectsBackToItsSlowCoordinates() {
        DynamicalSystem s = system();
        Optional<SlowManifold> manifold = s.slowManifold();
        assumeTrue(manifold.isPresent(), "no slow manifold");
        SlowManifold m = manifold.get();
        FastSlowSplit split = s.split().orElseThrow(() -> new AssertionError("a slow manifold needs a split"));
        assertEquals(split.slow(), m.slowDimension());
        assertEquals(s.dimension(), m.dimension());
        int nx = m.slowDimension();
        double[] xs = new double[SAMPLES * nx];
        m.sampleSlow(new SplittableRandom(4), SAMPLES, xs);
        double[] z = new double[s.dimension()];
        double[] back = new double[nx];
        for (int i = 0; i < SAMPLES; i++) {
            double[] x = row(xs, i, nx);
            m.lift(x, z);
            assertTrue(Arrays.stream(z).allMatch(Double::isFinite), "lift of " + Arrays.toString(x));
            m.project(z, back);
            assertArrayEquals(x, back, 0);
        }
    }

    @Test
    public void slowManifoldIsInvariantToItsStatedOrder() {
        DynamicalSystem s = system();
        Optional<SlowManifold> manifold = s.slowManifold();
        assumeTrue(manifold.isPresent(), "no slow manifold");
        if (manifold.get().isExact()) {
            double residual = maxInvarianceResidual(s, manifold.get());
            assertTrue(residual < 1e-8, "exact slow manifold has invariance residual " + residual);
            return;
        }
        Optional<ParameterSpec> eps = provider().parameters().stream()
                .filter(p -> p.name().equals(DynamicalSystem.EPSILON)).findFirst();
        assumeTrue(eps.isPresent(), "an approximate slow manifold without a parameter eps cannot be checked");
        if (eps.get().accepts(0)) {
            DynamicalSystem critical = system(Map.of(DynamicalSystem.EPSILON, 0.0));
            double residual = maxInvarianceResidual(critical, critical.slowManifold().orElseThrow());
            assertTrue(residual < 1e-8, "at eps = 0 the manifold should be invariant; residual " + residual);
        }
        double slope = invarianceOrder(this::system, epsilonLadder());
        int order = manifold.get().order();
        assertTrue(slope > order + 1 - 0.2, "invariance residual should fall like eps^" + (order + 1)
                + ", measured slope " + slope);
    }

    /**
     * The smallest slope of log(residual) against log(ε) between consecutive ε of the ladder, the
     * residual being the largest {@link #invarianceResidual} over sampled manifold points.
     *
     * @param systemWith makes the system with overridden parameters
     * @param ladder decreasing ε values
     */
    protected static double invarianceOrder(Function<Map<String, Double>, DynamicalSystem> systemWith, double[] ladder) {
        double[] residuals = new double[ladder.length];
        for (int i = 0; i < ladder.length; i++) {
            DynamicalSystem s = systemWith.apply(Map.of(DynamicalSystem.EPSILON, ladder[i]));
            residuals[i] = maxInvarianceResidual(s, s.slowManifold().orElseThrow());
        }
        double slope = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < ladder.length; i++) {
            slope = Math.min(slope, Math.log(residuals[i] / residuals[i + 1]) / Math.log(ladder[i] / ladder[i + 1]));
        }
        return slope;
    }

    /** The largest {@link #invarianceResidual} over manifold points lifted from sampled slow coordinates. */
    protected static double maxInvarianceResidual(DynamicalSystem s, SlowManifold m) {
        int nx = m.slowDimension();
        double[] xs = new double[SAMPLES * nx];
        m.sampleSlow(new SplittableRandom(5), SAMPLES, xs);
        double worst = 0;
        for (int i = 0; i < SAMPLES; i++) {
            worst = Math.max(worst, invarianceResidual(s, m, row(xs, i, nx)));
        }
        return worst;
    }

    /**
     * How far the manifold is from invariant at z = lift(x), as a distance in the fast variables:
     * the max-norm of (∂f_y/∂y)⁻¹ r with r = f(z) − (d/dt) lift(project(z(t))), the tangential
     * derivative taken by central differences. This is O(ε^(order+1)) for an approximation of that
     * order, whether ε multiplies the slow equations or divides the fast ones.
     */
    public static double invarianceResidual(DynamicalSystem s, SlowManifold m, double[] x) {
        int d = s.dimension();
        int nx = m.slowDimension();
        int ny = d - nx;
        double[] z = new double[d];
        m.lift(x, z);
        double[] f = new double[d];
        s.rhs(0, z, f);
        double[] xdot = directional(v -> {
            double[] out = new double[nx];
            m.project(v, out);
            return out;
        }, z, f);
        double[] zdot = directional(v -> {
            double[] out = new double[d];
            m.lift(v, out);
            return out;
        }, x, xdot);
        double[] jac = new double[d * d];
        s.jacobian(0, z, jac);
        double[] fastBlock = block(jac, d, nx, ny);
        double[] r = new double[ny];
        for (int i = 0; i < ny; i++) {
            r[i] = f[nx + i] - zdot[nx + i];
        }
        double[] distance = solve(fastBlock, r, ny);
        return Arrays.stream(distance).map(Math::abs).max().orElse(0);
    }

    /** The derivative of {@code map} at {@code at} along {@code direction}, by central differences. */
    private static double[] directional(Function<double[], double[]> map, double[] at, double[] direction) {
        double norm = Arrays.stream(direction).map(Math::abs).max().orElse(0);
        if (norm == 0) {
            return new double[map.apply(at).length];
        }
        double scale = Math.max(1, Arrays.stream(at).map(Math::abs).max().orElse(0));
        double h = 1e-4 * scale / norm;
        double[] plus = at.clone();
        double[] minus = at.clone();
        for (int i = 0; i < at.length; i++) {
            plus[i] += h * direction[i];
            minus[i] -= h * direction[i];
        }
        double[] fp = map.apply(plus);
        double[] fm = map.apply(minus);
        double[] out = new double[fp.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (fp[i] - fm[i]) / (2 * h);
        }
        return out;
    }

    /** The square block of a row-major d×d matrix starting at (from, from), of size n. */
    protected static double[] block(double[] matrix, int d, int from, int n) {
        double[] out = new double[n * n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(matrix, (from + r) * d + from, out, r * n, n);
        }
        return out;
    }

    /** Solves A u = b by Gaussian elimination with partial pivoting (A is n×n, row-major). */
    private static double[] solve(double[] matrix, double[] rhs, int n) {
        double[] a = matrix.clone();
        double[] b = rhs.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) {
                    pivot = r;
                }
            }
            for (int c = 0; c < n; c++) {
                double t = a[col * n + c];
                a[col * n + c] = a[pivot * n + c];
                a[pivot * n + c] = t;
            }
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r * n + col] / a[col * n + col];
                for (int c = col; c < n; c++) {
                    a[r * n + c] -= factor * a[col * n + c];
                }
                b[r] -= factor * b[col];
            }
        }
        double[] u = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r * n + c] * u[c];
            }
            u[r] = sum / a[r * n + r];
        }
        return u;
    }

    @Test
    public void reportedEigenvaluesAreThoseOfTheJacobianBlocks() {
        DynamicalSystem s = system();
        assumeTrue(s.split().isPresent(), "no split");
        FastSlowSplit split = s.split().get();
        int d = s.dimension();
        List<double[]> states = new ArrayList<>();
        double[] sampled = sampledStates(s, 6, SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            states.add(row(sampled, i, d));
        }
        s.slowManifold().ifPresent(m -> {
            double[] points = manifoldPoints(m, 6);
            for (int i = 0; i < SAMPLES; i++) {
                states.add(row(points, i, d));
            }
        });
        double[] jac = new double[d * d];
        for (double[] z : states) {
            s.jacobian(0, z, jac);
            s.fastEigenvalues(z).ifPresent(e -> assertSpectrum(block(jac, d, split.slow(), split.fast()), e,
                    "fast block at " + Arrays.toString(z)));
            s.slowEigenvalues(z).ifPresent(e -> assertSpectrum(block(jac, d, 0, split.slow()), e,
                    "slow block at " + Arrays.toString(z)));
        }
    }

    /**
     * Asserts that {@code expected} is the spectrum of the n×n matrix {@code b}, through Newton's
     * power sums: two multisets of n complex numbers are equal iff Σλ^p agree for p = 1..n, and
     * Σλ^p = tr(B^p). The matrix is scaled by its Frobenius norm to keep the powers bounded.
     */
    protected static void assertSpectrum(double[] b, Eigenvalues expected, String where) {
        int n = (int) Math.round(Math.sqrt(b.length));
        assertEquals(n, expected.size(), "number of eigenvalues of the " + where);
        double norm = Math.sqrt(Arrays.stream(b).map(v -> v * v).sum());
        if (norm == 0) {
            for (int i = 0; i < n; i++) {
                assertEquals(0, Math.hypot(expected.re()[i], expected.im()[i]), 1e-12, where);
            }
            return;
        }
        double[] scaled = Arrays.stream(b).map(v -> v / norm).toArray();
        double[] power = scaled.clone();
        double[] re = expected.re();
        double[] im = expected.im();
        double[] powRe = new double[n];
        double[] powIm = new double[n];
        for (int i = 0; i < n; i++) {
            powRe[i] = 1;
        }
        for (int p = 1; p <= n; p++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int i = 0; i < n; i++) {
                double r = (powRe[i] * re[i] - powIm[i] * im[i]) / norm;
                double m = (powRe[i] * im[i] + powIm[i] * re[i]) / norm;
                powRe[i] = r;
                powIm[i] = m;
                sumRe += r;
                sumIm += m;
            }
            double trace = 0;
            for (int i = 0; i < n; i++) {
                trace += power[i * n + i];
            }
            assertEquals(trace, sumRe, 1e-9 * n, "power sum " + p + " of the " + where + ": expected " + expected);
            assertEquals(0, sumIm, 1e-9 * n, "imaginary power sum " + p + " of the " + where);
            power = multiply(power, scaled, n);
        }
    }

    private static double[] multiply(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += aik * b[k * n + j];
                }
            }
        }
        return c;
    }
}
