// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.junit.jupiter.api.Test;

class RhsLabelerTest {
    private static final SolverSpec TIGHT = new SolverSpec("dopri5", 1e-13, 1e-15);
    private static final double[] OFF_MANIFOLD = {1.0, 0.8};

    private static double[] label(LabelSpec spec, SystemFamily family, double eps, double... state) {
        return RhsLabeler.label(spec, family, state.length, state, new double[] {eps}, 1, ProgressListener.NONE)
                .labels();
    }

    /** max-norm error of a label against f at OFF_MANIFOLD on Davis–Skodje. */
    private static double error(LabelSpec spec, double eps) {
        SystemFamily ds = TestSystems.family("davis-skodje");
        double[] exact = new double[2];
        ds.at(eps).rhs(0, OFF_MANIFOLD, exact);
        double[] got = label(spec, ds, eps, OFF_MANIFOLD.clone());
        return Math.max(Math.abs(got[0] - exact[0]), Math.abs(got[1] - exact[1]));
    }

    /** The least-squares slope of log(error) against log(tau). */
    private static double observedOrder(LabelMode mode, double eps, double... taus) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double tau : taus) {
            double x = Math.log(tau);
            double y = Math.log(error(new LabelSpec(mode, tau, LabelSpec.DEFAULT_KAPPA, TIGHT), eps));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int n = taus.length;
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    @Test
    void plainBurstErrorFallsAsTauSquaredOnDavisSkodje() {
        double order = observedOrder(LabelMode.BURST, 0.05, 0.02, 0.01, 0.005, 0.0025);
        System.out.printf("burst observed order on davis-skodje eps=0.05: %.4f%n", order);
        assertEquals(2, order, 0.1);
    }

    @Test
    void richardsonBurstErrorFallsAsTauToTheFourthOnDavisSkodje() {
        double order = observedOrder(LabelMode.BURST_RICHARDSON, 0.05, 0.04, 0.02, 0.01, 0.005);
        System.out.printf("burst-richardson observed order on davis-skodje eps=0.05: %.4f%n", order);
        assertEquals(4, order, 0.2);
    }

    @Test
    void plainBurstOfALinearModeIsSinhOverTau() {
        SystemFamily mode = TestSystems.linearMode();
        for (double eps : new double[] {0.01, 0.05}) {
            double lambda = -1 / eps;
            double tau = LabelSpec.PAPER_TAU;
            double label = label(LabelSpec.paper(), mode, eps, 1.0)[0];
            double expected = Math.sinh(lambda * tau) / tau;
            assertEquals(expected, label, 1e-6 * Math.abs(expected));
            assertEquals(expected, LabelSpec.paper().floor(lambda), 1e-12 * Math.abs(expected));
            System.out.printf("eps=%.2f: burst label %.6f, lambda %.1f, bias %.6f%n", eps, label, lambda,
                    label - lambda);
        }
        // The magnitudes the paper's tau = 1e-2 implies: 100 (sinh(1) - 1) and 20 (sinh(0.2)/0.2 - 1).
        assertEquals(-17.52, LabelSpec.paper().floor(-100) + 100, 0.01);
        assertEquals(-0.134, LabelSpec.paper().floor(-20) + 20, 0.001);
    }

    @Test
    void learnedFastRateOfDavisSkodjeBurstLabelsIsTheFloor() {
        // Along z, Davis-Skodje is exactly a linear mode about its invariant manifold, so the slope
        // of the z-label in z is what a perfect fit learns as its fast eigenvalue.
        SystemFamily ds = TestSystems.family("davis-skodje");
        for (LabelMode mode : new LabelMode[] {LabelMode.BURST, LabelMode.BURST_RICHARDSON, LabelMode.BURST_ADAPTIVE}) {
            LabelSpec spec = new LabelSpec(mode, LabelSpec.PAPER_TAU, LabelSpec.DEFAULT_KAPPA, TIGHT);
            for (double eps : new double[] {0.01, 0.05}) {
                double h = 1e-3;
                double up = label(spec, ds, eps, 1.0, 0.8 + h)[1];
                double down = label(spec, ds, eps, 1.0, 0.8 - h)[1];
                double slope = (up - down) / (2 * h);
                double floor = spec.floor(-1 / eps);
                assertEquals(floor, slope, 1e-6 * Math.abs(floor), mode + " eps=" + eps);
            }
        }
    }

    @Test
    void adaptiveBurstBoundsTheRelativeBiasByKappaSquared() {
        LabelSpec adaptive = LabelSpec.of(LabelMode.BURST_ADAPTIVE, LabelSpec.PAPER_TAU);
        for (double eps : new double[] {1e-4, 1e-3, 0.01, 0.05, 0.3}) {
            double lambda = -1 / eps;
            double relative = adaptive.floor(lambda) / lambda - 1;
            assertTrue(relative >= 0 && relative <= adaptive.kappa() * adaptive.kappa() / 6 * 1.01,
                    "eps=" + eps + " relative bias " + relative);
        }
        double label = label(adaptive, TestSystems.linearMode(), 1e-3, 1.0)[0];
        assertEquals(adaptive.floor(-1000), label, 1e-6 * 1000);
    }

    @Test
    void trajectoryDatasetLabelsEveryStateInSequenceOrder() {
        TrajectoryData t = new TrajectoryRecipe("davis-skodje", java.util.Map.of(),
                new EpsilonSampler.Grid(java.util.List.of(0.01, 0.1)), SolverSpec.TRAJECTORIES,
                new SubsetSpec(3, 4, 1, StepScale.TIMES_EPSILON), new SubsetSpec(0, 1, 1, StepScale.FIXED),
                new SlowStart.FromManifold(0), 0, 2).generate(1, ProgressListener.NONE).fast();
        SystemFamily ds = TestSystems.family("davis-skodje");
        var samples = RhsDatasets.fromTrajectories(t, ds, LabelSpec.direct(), 1, ProgressListener.NONE);
        assertEquals(3 * 5, samples.count());
        double[] f = new double[2];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k <= 4; k++) {
                int row = i * 5 + k;
                assertEquals(t.epsilon()[i], samples.epsilon()[row]);
                ds.at(t.epsilon()[i]).rhs(0, t.state(i, k), f);
                assertEquals(f[0], samples.labels()[2 * row], 0);
                assertEquals(f[1], samples.labels()[2 * row + 1], 0);
            }
        }
    }

    @Test
    void directLabelsAreTheRightHandSide() {
        SystemFamily ds = TestSystems.family("davis-skodje");
        double[] exact = new double[2];
        ds.at(0.02).rhs(0, OFF_MANIFOLD, exact);
        double[] got = label(LabelSpec.direct(), ds, 0.02, OFF_MANIFOLD.clone());
        assertEquals(exact[0], got[0], 0);
        assertEquals(exact[1], got[1], 0);
    }

    @Test
    void adaptiveRateFallsBackToTheJacobianNormWithoutKnownEigenvalues() {
        // dz/dt = A z, A = [[-1, 2], [0, -50]]: no closed-form eigenvalues declared; ||A||_inf = 50
        var system = new org.fsnn.api.system.DynamicalSystem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public org.fsnn.api.system.Params params() {
                return org.fsnn.api.system.Params.resolve("linear", java.util.List.of(), java.util.Map.of());
            }

            @Override
            public void rhs(double t, double[] z, double[] f) {
                f[0] = -z[0] + 2 * z[1];
                f[1] = -50 * z[1];
            }

            @Override
            public void sampleInitialStates(java.util.SplittableRandom rng, int count, double[] out) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals(50, RhsLabeler.fastestRate(system, new double[] {0.3, -0.7}), 1e-6);
        assertEquals(100, RhsLabeler.fastestRate(TestSystems.linearMode().at(0.01), new double[] {1}), 0);
    }
}
