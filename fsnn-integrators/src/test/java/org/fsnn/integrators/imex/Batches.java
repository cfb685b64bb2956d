// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.testkit.GradientCheck.BACKEND;

import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.tensor.Tensor;

/** Small helpers for batched test data and rollouts. */
final class Batches {
    private Batches() {}

    /** A {@code [rows, cols]} tensor from rows. */
    static Tensor matrix(double[][] rows) {
        int cols = rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return BACKEND.fromArray(data, rows.length, cols);
    }

    /** A per-sample scalar, {@code [b, 1]}. */
    static Var perSample(double... values) {
        return Var.constant(BACKEND.fromArray(values.clone(), values.length, 1));
    }

    /** The rows of a {@code [b, d]} tensor. */
    static double[][] rows(Tensor t) {
        int cols = t.dim(1);
        double[] data = t.toArray();
        double[][] out = new double[t.dim(0)][cols];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(data, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /** {@code steps} steps of {@code dt} each. */
    static FastSlowState rollout(FastSlowIntegrator integrator, FastSlowField field, FastSlowState start, Var eps,
            Var dt, int steps) {
        FastSlowState s = start;
        for (int k = 0; k < steps; k++) {
            s = integrator.step(field, s, eps, dt);
        }
        return s;
    }

    /** The largest absolute entry of a − b. */
    static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** log2 of successive error ratios: the observed orders when the step halves each time. */
    static double[] observedOrders(double[] errors) {
        double[] orders = new double[errors.length - 1];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = Math.log(errors[i] / errors[i + 1]) / Math.log(2);
        }
        return orders;
    }
}
