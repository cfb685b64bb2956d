// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import org.fsnn.api.system.DynamicalSystem;

/** The classical fixed-step fourth-order Runge–Kutta method, an independent integrator for tests. */
final class Rk4 {
    private Rk4() {}

    /** The state at {@code t1} from {@code z0} at {@code t0} after {@code steps} equal steps. */
    static double[] integrate(DynamicalSystem s, double[] z0, double t0, double t1, int steps) {
        int d = s.dimension();
        double h = (t1 - t0) / steps;
        double[] z = z0.clone();
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] tmp = new double[d];
        for (int n = 0; n < steps; n++) {
            double t = t0 + n * h;
            s.rhs(t, z, k1);
            for (int i = 0; i < d; i++) {
                tmp[i] = z[i] + h / 2 * k1[i];
            }
            s.rhs(t + h / 2, tmp, k2);
            for (int i = 0; i < d; i++) {
                tmp[i] = z[i] + h / 2 * k2[i];
            }
            s.rhs(t + h / 2, tmp, k3);
            for (int i = 0; i < d; i++) {
                tmp[i] = z[i] + h * k3[i];
            }
            s.rhs(t + h, tmp, k4);
            for (int i = 0; i < d; i++) {
                z[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return z;
    }
}
