// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

/**
 * Rollouts with the classical fourth-order Runge–Kutta scheme at a fixed step (paper eq. 16 in
 * RK4 form), on a batch of initial states at once.
 */
public final class Rk4Rollout {
    private Rk4Rollout() {
    }

    /** The number of RK4 steps of size {@code dt} that reach {@code tEnd}, rounded to the nearest. */
    public static int steps(double dt, double tEnd) {
        return (int) Math.round(tEnd / dt);
    }

    /**
     * Integrates {@code count} initial states for {@code steps} steps of size {@code dt}.
     *
     * @param field the vector field
     * @param z0 the initial states, row-major {@code [count, d]}; not modified
     * @return the states: element {@code j} holds all trajectories at t_j = j·dt, row-major
     */
    public static double[][] rollout(BatchField field, double[] z0, int count, double dt, int steps) {
        int n = z0.length;
        if (n != count * field.dimension()) {
            throw new IllegalArgumentException("rollout: " + count + " states of dimension " + field.dimension()
                    + " need " + count * field.dimension() + " numbers, got " + n);
        }
        double[][] out = new double[steps + 1][];
        out[0] = z0.clone();
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] stage = new double[n];
        for (int j = 0; j < steps; j++) {
            double[] z = out[j];
            field.rhs(z, k1, count);
            axpy(z, 0.5 * dt, k1, stage);
            field.rhs(stage, k2, count);
            axpy(z, 0.5 * dt, k2, stage);
            field.rhs(stage, k3, count);
            axpy(z, dt, k3, stage);
            field.rhs(stage, k4, count);
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = z[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            out[j + 1] = next;
        }
        return out;
    }

    private static void axpy(double[] z, double a, double[] k, double[] out) {
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] + a * k[i];
        }
    }
}
