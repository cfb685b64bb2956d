// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class AbrahamLorentzTest extends SystemConformance {
    /** ε values for the order measurements: the slope of log(residual) is taken between neighbours. */
    private static final double[] LADDER = {1e-2, 5e-3, 2.5e-3, 1.25e-3};

    /** Tolerance on a measured order: the next term of the expansion bends the slope by O(ε). */
    private static final double ORDER_TOLERANCE = 0.15;

    @Override
    protected SystemProvider provider() {
        return new AbrahamLorentzProvider();
    }

    private DynamicalSystem system(double direction, double eps) {
        return system(Map.of("direction", direction, DynamicalSystem.EPSILON, eps));
    }

    @Test
    void derivedFirstOrderManifoldHasAnInvarianceResidualOfOrderEpsilonSquaredInBothDirections() {
        for (double direction : new double[] {-1, 1}) {
            double slope = invarianceOrder(p -> {
                Map<String, Double> all = new HashMap<>(p);
                all.put("direction", direction);
                return system(all);
            }, LADDER);
            assertEquals(2, slope, ORDER_TOLERANCE, "direction " + direction);
        }
    }

    /** Eq. 5.21 as printed: a* = ζ v × B + ε (3/2) (v × B) × B. */
    private static SlowManifold printedManifold(AbrahamLorentz s, double eps, int zeta) {
        SlowManifold derived = s.slowManifold().orElseThrow();
        return new SlowManifold() {
            @Override
            public int slowDimension() {
                return 6;
            }

            @Override
            public int dimension() {
                return 9;
            }

            @Override
            public int order() {
                return 1;
            }

            @Override
            public void lift(double[] xv, double[] z) {
                double[] b = new double[3];
                s.field().field(xv, 0, b, 0);
                double[] vxb = AbrahamLorentz.cross(new double[] {xv[3], xv[4], xv[5]}, b);
                double[] drift = AbrahamLorentz.cross(vxb, b);
                System.arraycopy(xv, 0, z, 0, 6);
                for (int i = 0; i < 3; i++) {
                    z[6 + i] = zeta * vxb[i] + eps * 1.5 * drift[i];
                }
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                derived.sampleSlow(rng, count, out);
            }
        };
    }

    @Test
    void printedEquation521IsOnlyZerothOrderAccurate() {
        double[] residuals = new double[LADDER.length];
        for (int i = 0; i < LADDER.length; i++) {
            AbrahamLorentz s = (AbrahamLorentz) system(-1, LADDER[i]);
            residuals[i] = maxInvarianceResidual(s, printedManifold(s, LADDER[i], -1));
        }
        for (int i = 0; i + 1 < LADDER.length; i++) {
            double slope = Math.log(residuals[i] / residuals[i + 1]) / Math.log(LADDER[i] / LADDER[i + 1]);
            assertEquals(1, slope, ORDER_TOLERANCE, "between eps = " + LADDER[i] + " and " + LADDER[i + 1]);
        }
    }

    @Test
    void reverseTimeFastEigenvaluesAreMinusOneThreeTimesAsInTableTwo() {
        DynamicalSystem s = system(-1, 1e-3);
        SlowManifold m = s.slowManifold().orElseThrow();
        double[] points = new double[9 * SAMPLES];
        m.sampleManifold(new SplittableRandom(12), SAMPLES, points);
        for (int i = 0; i < SAMPLES; i++) {
            double[] z = row(points, i, 9);
            Spectra.assertSameMultiset(Eigenvalues.repeated(-1, 3), s.fastEigenvalues(z).orElseThrow(), 0);
            Spectra.assertSameMultiset(Eigenvalues.repeated(-1, 3), Spectra.of(Spectra.jacobianBlock(s, z, 6, 3), 3),
                    1e-12);
        }
        double[] z = row(points, 0, 9);
        assertEquals(Eigenvalues.repeated(1, 3), system(1, 1e-3).fastEigenvalues(z).orElseThrow());
    }

    @Test
    void forwardTimeIsReverseTimeWithTheSignOfTheRightHandSideFlipped() {
        DynamicalSystem forward = system(1, 0.01);
        DynamicalSystem reverse = system(-1, 0.01);
        double[] states = sampledStates(reverse, 13, SAMPLES);
        double[] ff = new double[9];
        double[] fr = new double[9];
        for (int i = 0; i < SAMPLES; i++) {
            double[] z = row(states, i, 9);
            forward.rhs(0, z, ff);
            reverse.rhs(0, z, fr);
            for (int c = 0; c < 9; c++) {
                assertEquals(-fr[c], ff[c], 0);
            }
        }
    }

    @Test
    void tokamakFieldIsEquation522AndDivergenceFree() {
        TokamakField field = ((AbrahamLorentz) system()).field();
        double r = 3.4;
        double height = -0.6;
        double q = 1.2 + 2.8 * ((r - 3) * (r - 3) + height * height) / (1.5 * 1.5);
        double br = -height / (q * r);
        double bphi = 3 / r;
        double bz = (r - 3) / (q * r);
        double[] b = new double[3];
        field.field(new double[] {r, 0, height}, 0, b, 0);
        assertEquals(br, b[0], 1e-15);
        assertEquals(bphi, b[1], 1e-15);
        assertEquals(bz, b[2], 1e-15);
        field.field(new double[] {0, r, height}, 0, b, 0);
        assertEquals(-bphi, b[0], 1e-15);
        assertEquals(br, b[1], 1e-15);
        double[] states = sampledStates(system(), 14, SAMPLES);
        double[] db = new double[9];
        for (int i = 0; i < SAMPLES; i++) {
            field.gradient(row(states, i, 9), 0, db);
            assertEquals(0, db[0] + db[4] + db[8], 1e-14);
        }
    }

    @Test
    void sampledStatesLieInThePapersRegion() {
        DynamicalSystem s = system();
        SlowManifold m = s.slowManifold().orElseThrow();
        double[] states = sampledStates(s, 15, 200);
        double[] onManifold = new double[9];
        for (int i = 0; i < 200; i++) {
            double[] z = row(states, i, 9);
            double r = Math.hypot(z[0], z[1]);
            assertTrue(r >= 2 && r <= 4 && Math.abs(z[2]) <= 1, "position outside 2 <= r <= 4, |z| <= 1");
            assertTrue(Math.sqrt(z[3] * z[3] + z[4] * z[4] + z[5] * z[5]) <= 1, "|v| > 1");
            m.lift(java.util.Arrays.copyOf(z, 6), onManifold);
            double da = Math.sqrt(sq(z[6] - onManifold[6]) + sq(z[7] - onManifold[7]) + sq(z[8] - onManifold[8]));
            assertTrue(da <= 1, "|a - a*| > 1");
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    @Test
    void chargeAndDirectionMustBePlusOrMinusOne() {
        assertOneLineNaming(assertThrows(IllegalArgumentException.class, () -> system(Map.of("zeta", 0.5))), "zeta");
        assertOneLineNaming(assertThrows(IllegalArgumentException.class, () -> system(Map.of("direction", 0.0))),
                "direction");
        assertOneLineNaming(assertThrows(IllegalArgumentException.class, () -> system(Map.of("a", 6.0))), "a");
    }
}
