// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;

/**
 * HIRES, the "High Irradiance RESponse" of plant morphogenesis (Schäfer 1975; Hairer and Wanner,
 * Solving ODEs II, §IV.10), eight species:
 *
 * <pre>
 *   y1' = −1.71 y1 + 0.43 y2 + 8.32 y3 + 0.0007
 *   y2' =  1.71 y1 − 8.75 y2
 *   y3' = −10.03 y3 + 0.43 y4 + 0.035 y5
 *   y4' =  8.32 y2 + 1.71 y3 − 1.12 y4
 *   y5' = −1.745 y5 + 0.43 y6 + 0.43 y7
 *   y6' = −280 y6 y8 + 0.69 y4 + 1.71 y5 − 0.43 y6 + 0.69 y7
 *   y7' =  280 y6 y8 − 1.81 y7
 *   y8' = −280 y6 y8 + 1.81 y7
 * </pre>
 *
 * <p>y7 + y8 is conserved. The classic problem starts at y = (1, 0, 0, 0, 0, 0, 0, 0.0057) and ends
 * at t = 321.8122. Sampled initial states are y1..y7 uniform in [0, 1] and y8 uniform in
 * [0, 0.0057].
 */
public final class Hires implements DynamicalSystem {
    /** The classic initial state, a fresh copy. */
    public static double[] initialState() {
        return new double[] {1, 0, 0, 0, 0, 0, 0, 0.0057};
    }

    /** The classic end time. */
    public static final double END_TIME = 321.8122;

    private final Params params;

    /** A system with resolved parameters (none). */
    public Hires(Params params) {
        this.params = params;
    }

    @Override
    public int dimension() {
        return 8;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] y, double[] f) {
        double binding = 280 * y[5] * y[7];
        f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
        f[1] = 1.71 * y[0] - 8.75 * y[1];
        f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
        f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
        f[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
        f[5] = -binding + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
        f[6] = binding - 1.81 * y[6];
        f[7] = -binding + 1.81 * y[6];
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] y, double[] jac) {
        Arrays.fill(jac, 0, 64, 0);
        set(jac, 0, 0, -1.71);
        set(jac, 0, 1, 0.43);
        set(jac, 0, 2, 8.32);
        set(jac, 1, 0, 1.71);
        set(jac, 1, 1, -8.75);
        set(jac, 2, 2, -10.03);
        set(jac, 2, 3, 0.43);
        set(jac, 2, 4, 0.035);
        set(jac, 3, 1, 8.32);
        set(jac, 3, 2, 1.71);
        set(jac, 3, 3, -1.12);
        set(jac, 4, 4, -1.745);
        set(jac, 4, 5, 0.43);
        set(jac, 4, 6, 0.43);
        set(jac, 5, 3, 0.69);
        set(jac, 5, 4, 1.71);
        set(jac, 5, 5, -280 * y[7] - 0.43);
        set(jac, 5, 6, 0.69);
        set(jac, 5, 7, -280 * y[5]);
        set(jac, 6, 5, 280 * y[7]);
        set(jac, 6, 6, -1.81);
        set(jac, 6, 7, 280 * y[5]);
        set(jac, 7, 5, -280 * y[7]);
        set(jac, 7, 6, 1.81);
        set(jac, 7, 7, -280 * y[5]);
    }

    private static void set(double[] jac, int row, int col, double value) {
        jac[row * 8 + col] = value;
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < 7; c++) {
                out[8 * i + c] = rng.nextDouble();
            }
            out[8 * i + 7] = rng.nextDouble(0, 0.0057);
        }
    }
}
