// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverStats;
import org.fsnn.api.solver.StepObserver;
import org.fsnn.api.system.DynamicalSystem;

/**
 * The classical fourth-order Runge–Kutta method with a fixed step. Each interval between
 * consecutive output times is split into the fewest equal steps no longer than the step size, so
 * every output time is reached by a step and needs no interpolation.
 *
 * <p>Reference: E. Hairer, S. P. Nørsett and G. Wanner, Solving Ordinary Differential Equations
 * I, 2nd ed., Springer 1993, section II.1, table 1.2 (left).
 */
final class Rk4Solver implements OdeSolver {
    private final double step;
    private final SolverSettings settings;

    Rk4Solver(double step, SolverSettings settings) {
        this.step = step;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "rk4";
    }

    @Override
    public Solution solve(DynamicalSystem system, double t0, double[] z0, double[] outputTimes,
            StepObserver observer) {
        Problem.check(name(), system, t0, z0, outputTimes);
        int d = z0.length;
        double[] z = z0.clone();
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] stage = new double[d];
        StepAttempts attempts = new StepAttempts(name(), settings, outputTimes[outputTimes.length - 1]);
        double[][] states = new double[outputTimes.length][];
        double t = t0;
        for (int k = 0; k < outputTimes.length; k++) {
            double span = outputTimes[k] - t;
            long steps = (long) Math.ceil(span / step * (1 - 1e-12));
            double h = steps == 0 ? 0 : span / steps;
            double start = t;
            for (long n = 1; n <= steps; n++) {
                attempts.count(t, h);
                system.rhs(t, z, k1);
                axpy(z, h / 2, k1, stage);
                system.rhs(t + h / 2, stage, k2);
                axpy(z, h / 2, k2, stage);
                system.rhs(t + h / 2, stage, k3);
                axpy(z, h, k3, stage);
                system.rhs(t + h, stage, k4);
                for (int i = 0; i < d; i++) {
                    z[i] += h / 6 * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
                    if (!Double.isFinite(z[i])) {
                        throw attempts.failure(t, h, "state component " + i + " is no longer finite");
                    }
                }
                t = n == steps ? outputTimes[k] : start + n * h;
                observer.stepAccepted(t, z, h);
            }
            states[k] = z.clone();
        }
        long total = attempts.accepted();
        return new Solution(outputTimes.clone(), states, new SolverStats(total, 0, 4 * total, 0, 0));
    }

    /** {@code out = z + a * x}. */
    private static void axpy(double[] z, double a, double[] x, double[] out) {
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] + a * x[i];
        }
    }

    @Override
    public String toString() {
        return "rk4(step=" + step + ")";
    }
}
