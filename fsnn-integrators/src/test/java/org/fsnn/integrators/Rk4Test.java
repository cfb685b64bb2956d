// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.VectorField;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

class Rk4Test {
    private static final double[] A = {-0.5, 1.2, 0.3, -1.0, -0.4, 0.6, 0.2, -0.7, -0.3};
    private static final double[] Z0 = {1.0, -0.5, 0.8, 0.3, 0.6, -0.9};
    private static final double[] EPS = {0.7, 1.3};

    /** dz/dt = ε A z. */
    private static VectorField linear(Var a) {
        return (z, eps) -> Ops.mul(eps, Ops.matvec(a, z));
    }

    /** A nonlinear field: dz/dt = ε tanh(A z) − z³/3. */
    private static VectorField nonlinear(Var a) {
        return (z, eps) -> Ops.sub(Ops.mul(eps, Ops.tanh(Ops.matvec(a, z))), Ops.mul(Ops.pow(z, 3), 1.0 / 3));
    }

    private static Var perSample(double... v) {
        return Var.constant(BACKEND.fromArray(v.clone(), v.length, 1));
    }

    private static Var rollout(Rk4 rk4, VectorField f, Var z, Var eps, Var dt, int steps) {
        for (int k = 0; k < steps; k++) {
            z = rk4.step(f, z, eps, dt);
        }
        return z;
    }

    @Test
    void isFourthOrderAgainstTheMatrixExponential() {
        Var a = Var.constant(BACKEND.fromArray(A, 3, 3));
        double time = 2;
        double[] exact = new double[6];
        for (int p = 0; p < 2; p++) {
            double[] m = A.clone();
            for (int i = 0; i < m.length; i++) {
                m[i] *= EPS[p] * time;
            }
            double[] e = BACKEND.expm(BACKEND.fromArray(m, 3, 3)).toArray();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    exact[p * 3 + i] += e[i * 3 + j] * Z0[p * 3 + j];
                }
            }
        }
        double[] errors = new double[5];
        for (int k = 0; k < errors.length; k++) {
            int steps = 4 << k;
            double[] z = rollout(new Rk4(1), linear(a), Var.constant(BACKEND.fromArray(Z0, 2, 3)), perSample(EPS),
                    perSample(time / steps, time / steps), steps).value().toArray();
            for (int i = 0; i < z.length; i++) {
                errors[k] = Math.max(errors[k], Math.abs(z[i] - exact[i]));
            }
        }
        double[] orders = new double[errors.length - 1];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = Math.log(errors[i] / errors[i + 1]) / Math.log(2);
        }
        System.out.println("rk4, linear: errors " + Arrays.toString(errors) + ", observed orders " + Arrays.toString(orders));
        for (double order : orders) {
            assertTrue(order >= 3.8 && order <= 4.2, "observed order " + order + "; errors " + Arrays.toString(errors));
        }
    }

    @Test
    void substepsEqualThatManyManualStepsOfAFractionOfTheInterval() {
        VectorField f = nonlinear(Var.constant(BACKEND.fromArray(A, 3, 3)));
        Var z0 = Var.constant(BACKEND.fromArray(Z0, 2, 3));
        Var dt = perSample(0.4, 0.9);
        double[] sub = new Rk4(4).step(f, z0, perSample(EPS), dt).value().toArray();
        double[] manual = rollout(new Rk4(1), f, z0, perSample(EPS), Ops.mul(dt, 0.25), 4).value().toArray();
        assertArrayEquals(manual, sub, 1e-15);
    }

    @Test
    void gradientsThroughSeveralStepsMatchFiniteDifferences() {
        Rk4 rk4 = new Rk4(2);
        GradientCheck.inputs("rk4 three steps", v -> rollout(rk4, nonlinear(v.get(1)), v.get(0), v.get(2), v.get(3), 3),
                BACKEND.fromArray(Z0, 2, 3), BACKEND.fromArray(A, 3, 3), BACKEND.fromArray(EPS, 2, 1),
                BACKEND.fromArray(new double[] {0.3, 0.45}, 2, 1));
    }

    @Test
    void misshapenArgumentsAreRejected() {
        VectorField f = linear(Var.constant(BACKEND.fromArray(A, 3, 3)));
        Tensor z0 = BACKEND.fromArray(Z0, 2, 3);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Rk4(1).step(f, Var.constant(z0), perSample(0.1, 0.2, 0.3), perSample(0.1, 0.1)));
        assertEquals("rk4: eps must have shape [2, 1] (or [1, 1]), got [3, 1]", e.getMessage());
        var s = assertThrows(IllegalArgumentException.class, () -> new Rk4(-1));
        assertEquals("rk4: substeps must be a positive integer, got -1", s.getMessage());
    }
}
