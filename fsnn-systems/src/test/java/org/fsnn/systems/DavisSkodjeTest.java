// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;
import org.junit.jupiter.api.Test;

class DavisSkodjeTest extends SystemConformance {
    private static final double EPS = 0.05;

    @Override
    protected SystemProvider provider() {
        return new DavisSkodjeProvider();
    }

    /**
     * The closed-form solution: y = y0 e^(−t) and, by Duhamel's formula,
     * z = e^(−t/ε) z0 + (1/ε) ∫₀ᵗ e^(−(t−s)/ε) h(y0 e^(−s)) ds, the integral by composite Simpson.
     */
    private static double[] closedForm(double y0, double z0, double t, double eps) {
        int n = 20_000;
        double step = t / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = i * step;
            double weight = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += weight * Math.exp(-(t - s) / eps) * DavisSkodje.h(y0 * Math.exp(-s));
        }
        double integral = sum * step / 3;
        return new double[] {y0 * Math.exp(-t), Math.exp(-t / eps) * z0 + integral / eps};
    }

    @Test
    void closedFormSolutionSatisfiesTheRightHandSide() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, EPS));
        double y0 = 1.3;
        double z0 = -0.2;
        double dt = 1e-4;
        double[] f = new double[2];
        for (double t : new double[] {0.01, 0.1, 0.5, 2}) {
            double[] at = closedForm(y0, z0, t, EPS);
            double[] plus = closedForm(y0, z0, t + dt, EPS);
            double[] minus = closedForm(y0, z0, t - dt, EPS);
            s.rhs(t, at, f);
            for (int i = 0; i < 2; i++) {
                double derivative = (plus[i] - minus[i]) / (2 * dt);
                assertEquals(f[i], derivative, 1e-6 * (1 + Math.abs(f[i])), "component " + i + " at t = " + t);
            }
        }
    }

    @Test
    void rk4ConvergesToTheClosedForm() {
        DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, EPS));
        double[] z0 = {1.7, 1.2};
        double[] exact = closedForm(z0[0], z0[1], 2, EPS);
        double[] rk4 = Rk4.integrate(s, z0, 0, 2, 4000);
        assertEquals(exact[0], rk4[0], 1e-11);
        assertEquals(exact[1], rk4[1], 1e-10);
    }

    @Test
    void jacobianEigenvaluesAreMinusOneAndMinusOneOverEpsilonAsReported() {
        for (double eps : new double[] {1e-3, 0.01, 0.05, 0.3}) {
            DynamicalSystem s = system(Map.of(DynamicalSystem.EPSILON, eps));
            double[] states = new double[2 * SAMPLES];
            s.sampleInitialStates(new SplittableRandom(11), SAMPLES, states);
            for (int i = 0; i < SAMPLES; i++) {
                double[] z = row(states, i, 2);
                Eigenvalues reported = Eigenvalues.concat(s.slowEigenvalues(z).orElseThrow(),
                        s.fastEigenvalues(z).orElseThrow());
                Spectra.assertSameMultiset(Eigenvalues.real(-1, -1 / eps), reported, 0);
                Spectra.assertSameMultiset(reported, Spectra.of(Spectra.jacobianBlock(s, z, 0, 2), 2), 1e-9 / eps);
            }
        }
    }
}
