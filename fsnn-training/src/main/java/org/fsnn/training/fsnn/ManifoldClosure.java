// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.SlowManifold;

/**
 * The closure a system's own slow manifold gives: the slow variables evolve by the system's slow
 * equations with the fast ones slaved to the manifold, dx/dt = f_x(x, y*(x)), integrated by the
 * classical fourth-order Runge–Kutta method. For an asymptotic manifold (e.g. the first-order
 * Abraham–Lorentz manifold, the corrected eq. 5.21) this is the asymptotic closure the FSNN paper
 * compares its learned closure with (Fig. 11); its error is that of the truncated expansion.
 */
public final class ManifoldClosure {
    private ManifoldClosure() {}

    /**
     * Integrates from the slow state {@code x0}.
     *
     * @param system the system at its ε, with a slow manifold and a fast–slow split
     * @param x0 the slow state
     * @param steps the recorded steps
     * @param dt the step between recorded states (negative integrates backward)
     * @param substeps RK4 steps per recorded step, at least 1
     * @return the lifted states z = (x, y*(x)), {@code [steps + 1][N]}
     * @throws IllegalArgumentException when the system has no slow manifold or split, or for bad counts
     */
    public static double[][] integrate(DynamicalSystem system, double[] x0, int steps, double dt, int substeps) {
        SlowManifold m = system.slowManifold().orElseThrow(() -> new IllegalArgumentException(
                "manifold closure: the system has no slow manifold"));
        FastSlowSplit split = system.split().orElseThrow(() -> new IllegalArgumentException(
                "manifold closure: the system has no fast-slow split"));
        int nx = split.slow();
        if (x0.length != nx || steps < 0 || substeps < 1) {
            throw new IllegalArgumentException("manifold closure: need " + nx + " slow components, steps >= 0 and"
                    + " substeps >= 1, got " + x0.length + ", " + steps + ", " + substeps);
        }
        int d = system.dimension();
        double[][] out = new double[steps + 1][d];
        double[] x = x0.clone();
        m.lift(x, out[0]);
        double h = dt / substeps;
        double[] k1 = new double[nx];
        double[] k2 = new double[nx];
        double[] k3 = new double[nx];
        double[] k4 = new double[nx];
        double[] tmp = new double[nx];
        double[] z = new double[d];
        double[] dz = new double[d];
        for (int s = 1; s <= steps; s++) {
            for (int k = 0; k < substeps; k++) {
                slowRate(system, m, x, z, dz, k1);
                axpy(x, 0.5 * h, k1, tmp);
                slowRate(system, m, tmp, z, dz, k2);
                axpy(x, 0.5 * h, k2, tmp);
                slowRate(system, m, tmp, z, dz, k3);
                axpy(x, h, k3, tmp);
                slowRate(system, m, tmp, z, dz, k4);
                for (int i = 0; i < nx; i++) {
                    x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
            }
            m.lift(x, out[s]);
        }
        return out;
    }

    private static void slowRate(DynamicalSystem s, SlowManifold m, double[] x, double[] z, double[] dz, double[] rate) {
        m.lift(x, z);
        s.rhs(0, z, dz);
        System.arraycopy(dz, 0, rate, 0, rate.length);
    }

    private static void axpy(double[] x, double a, double[] k, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + a * k[i];
        }
    }
}
