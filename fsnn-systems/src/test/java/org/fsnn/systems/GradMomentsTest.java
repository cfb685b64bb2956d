// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class GradMomentsTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new GradMomentsProvider();
    }

    /** Eq. 5.6 as printed: the complex 5×5 matrix of mode k over (ρ, u, T, σ, q). */
    private static Complex[][] paperMatrix(int k, double eps) {
        Complex ike = new Complex(0, k * eps);
        Complex zero = Complex.ZERO;
        return new Complex[][] {
            {zero, ike.negate(), zero, zero, zero},
            {ike.negate(), zero, ike.negate(), ike.negate(), zero},
            {zero, ike.multiply(-2.0 / 3), zero, zero, ike.multiply(-2.0 / 3)},
            {zero, ike.multiply(-4.0 / 3), zero, new Complex(-1), ike.multiply(-8.0 / 15)},
            {zero, zero, ike.multiply(-5.0 / 2), ike.negate(), new Complex(-2.0 / 3)}};
    }

    /** The documented layout: (moment, part) of mode k at its index in the real state. */
    private static int index(int modes, int k, int moment, int part) {
        return moment < 3 ? 6 * k + 2 * moment + part : 6 * modes + 4 * k + 2 * (moment - 3) + part;
    }

    @Test
    void defaultsGiveThePapersThirtyDimensionsWithEighteenSlow() {
        DynamicalSystem s = system();
        assertEquals(30, s.dimension());
        assertEquals(new FastSlowSplit(18, 12), s.split().orElseThrow());
    }

    @Test
    void rhsIsThePapersComplexMatrixInTheDocumentedRealLayout() {
        double eps = 0.37;
        int kmax = 3;
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, eps, "kmax", (double) kmax));
        int modes = kmax + 1;
        double[] z = new double[s.dimension()];
        s.sampleInitialStates(new SplittableRandom(3), 1, z);
        double[] f = new double[s.dimension()];
        s.rhs(0, z, f);
        for (int k = 0; k < modes; k++) {
            Complex[][] m = paperMatrix(k, eps);
            for (int row = 0; row < 5; row++) {
                Complex sum = Complex.ZERO;
                for (int col = 0; col < 5; col++) {
                    Complex zc = new Complex(z[index(modes, k, col, 0)], z[index(modes, k, col, 1)]);
                    sum = sum.add(m[row][col].multiply(zc));
                }
                assertEquals(sum.getReal(), f[index(modes, k, row, 0)], 1e-14, "mode " + k + " row " + row + " re");
                assertEquals(sum.getImaginary(), f[index(modes, k, row, 1)], 1e-14, "mode " + k + " row " + row + " im");
            }
        }
    }

    @Test
    void fastBlockEigenvaluesAtEpsilonZeroAreMinusOneSixTimesAndMinusTwoThirdsSixTimesAsInTableOne() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, 0.0));
        double[] z = new double[30];
        s.slowManifold().orElseThrow().sampleManifold(new SplittableRandom(4), 1, z);
        Eigenvalues table1 = Eigenvalues.concat(Eigenvalues.repeated(-1, 6), Eigenvalues.repeated(-2.0 / 3, 6));
        Spectra.assertSameMultiset(table1, s.fastEigenvalues(z).orElseThrow(), 1e-15);
        Spectra.assertSameMultiset(table1, Spectra.of(Spectra.jacobianBlock(s, z, 18, 12), 12), 1e-12);
    }

    @Test
    void fastBlockEigenvaluesAtPositiveEpsilonAreTheReportedClosedFormWithinEpsilonSquaredOfTableOne() {
        Eigenvalues table1 = Eigenvalues.concat(Eigenvalues.repeated(-1, 6), Eigenvalues.repeated(-2.0 / 3, 6));
        // ε = 0.2 puts mode 2 past the discriminant's zero, so the closed form's complex branch is checked
        for (double eps : new double[] {1e-3, 1e-2, 0.2}) {
            DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, eps));
            double[] z = new double[30];
            Eigenvalues reported = s.fastEigenvalues(z).orElseThrow();
            Spectra.assertSameMultiset(reported, Spectra.of(Spectra.jacobianBlock(s, z, 18, 12), 12), 1e-7);
            // (8/15)(kε)² / (1/3) bounds the shift for k ≤ 2 while the roots are real
            if (eps <= 1e-2) {
                Spectra.assertSameMultiset(table1, reported, 8 * eps * eps);
            }
        }
    }

    @Test
    void fullSystemEigenvaluesApproachTheReportedFastAndSlowOnesLikeEpsilonSquared() {
        for (double eps : new double[] {1e-2, 1e-3}) {
            DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, eps));
            double[] z = new double[30];
            Eigenvalues reported = Eigenvalues.concat(s.slowEigenvalues(z).orElseThrow(),
                    s.fastEigenvalues(z).orElseThrow());
            Eigenvalues full = Spectra.of(((GradMoments) s).matrix(), 30);
            // modes up to k = 2: the O(ε²) corrections are at most a few (kε)²
            Spectra.assertSameMultiset(reported, full, 20 * eps * eps);
            Spectra.assertSameMultiset(s.slowEigenvalues(z).orElseThrow(),
                    Spectra.of(Spectra.jacobianBlock(s, z, 0, 18), 18), 1e-7);
        }
    }

    @Test
    void rk4MatchesTheMatrixExponential() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, 0.2));
        double[] z0 = new double[30];
        s.sampleInitialStates(new SplittableRandom(5), 1, z0);
        double t = 2;
        double[] a = ((GradMoments) s).matrix();
        double[][] rows = new double[30][30];
        for (int i = 0; i < 30; i++) {
            rows[i] = Arrays.copyOfRange(a, 30 * i, 30 * i + 30);
        }
        RealMatrix propagator = MatrixUtils.matrixExponential(MatrixUtils.createRealMatrix(rows).scalarMultiply(t));
        double[] exact = propagator.operate(z0);
        double[] rk4 = Rk4.integrate(s, z0, 0, t, 2000);
        for (int i = 0; i < 30; i++) {
            assertEquals(exact[i], rk4[i], 1e-11, "component " + i);
        }
    }

    @Test
    void fractionalKmaxIsRejectedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> system(Map.of("kmax", 2.5)));
        assertOneLineNaming(e, "kmax");
    }
}
