// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.integrators.imex.Batches.matrix;
import static org.fsnn.integrators.imex.Batches.maxDifference;
import static org.fsnn.integrators.imex.Batches.perSample;
import static org.fsnn.integrators.imex.Batches.rollout;
import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.integrators.Rk4;
import org.fsnn.integrators.imex.StabilityFunction.Complex;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

class ImexRungeKuttaTest {
    private static final double[][] X0 = {{1.0, -0.5}, {0.3, 0.8}};
    private static final double[][] Y0 = {{0.6, -0.4, 0.9}, {-0.2, 0.5, 0.3}};
    private static final double[] EPS = {0.5, 0.9};

    /** Max-norm errors at t = 1 against exp(M t) z(0), for n, 2n, …, 16n steps. */
    private static double[] linearErrors(ImexTableau tableau, int firstSteps) {
        ConstantLinearField field = ConstantLinearField.pairAndScalar(1);
        double[][] exact = field.exact(X0, Y0, EPS, 1.0);
        double[] errors = new double[5];
        for (int k = 0; k < errors.length; k++) {
            int steps = firstSteps << k;
            FastSlowState end = rollout(new ImexRungeKutta(tableau, 1), field,
                    new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(Y0))), perSample(EPS),
                    perSample(1.0 / steps, 1.0 / steps), steps);
            double[][] x = Batches.rows(end.x().value());
            double[][] y = Batches.rows(end.y().value());
            for (int p = 0; p < X0.length; p++) {
                double[] z = new double[5];
                System.arraycopy(x[p], 0, z, 0, 2);
                System.arraycopy(y[p], 0, z, 2, 3);
                errors[k] = Math.max(errors[k], maxDifference(z, exact[p]));
            }
        }
        return errors;
    }

    private static void assertOrder(String label, double[] errors, double lo, double hi) {
        double[] orders = Batches.observedOrders(errors);
        System.out.println(label + ": errors " + Arrays.toString(errors) + ", observed orders " + Arrays.toString(orders));
        for (double order : orders) {
            assertTrue(order >= lo && order <= hi, label + ": observed order " + order + " outside [" + lo + ", " + hi
                    + "]; errors " + Arrays.toString(errors));
        }
    }

    @Test
    void ssp2IsSecondOrderOnALinearProblemWithClosedFormSolution() {
        assertOrder("IMEX-SSP2(2,2,2), linear", linearErrors(ImexTableau.SSP2_222, 8), 1.8, 2.2);
    }

    @Test
    void ars222IsSecondOrderOnALinearProblemWithClosedFormSolution() {
        assertOrder("ARS(2,2,2), linear", linearErrors(ImexTableau.ARS_222, 8), 1.8, 2.2);
    }

    @Test
    void imexEulerIsFirstOrderOnALinearProblemWithClosedFormSolution() {
        // first order reaches its asymptotic regime later than second order: start at 32 steps
        assertOrder("IMEX-Euler, linear", linearErrors(ImexTableau.EULER, 32), 0.9, 1.1);
    }

    @Test
    void ssp2IsSecondOrderOnANonlinearProblemAgainstAFineRk4Solution() {
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 1);
        Var eps = perSample(EPS);
        Tensor z0 = BACKEND.fromArray(new double[] {1.0, -0.5, 0.6, -0.4, 0.9, 0.3, 0.8, -0.2, 0.5, 0.3}, 2, 5);
        Var z = Var.constant(z0);
        int fine = 4096;
        Var fineDt = perSample(1.0 / fine, 1.0 / fine);
        Rk4 rk4 = new Rk4(1);
        for (int k = 0; k < fine; k++) {
            z = rk4.step(field.asOde(), z, eps, fineDt);
        }
        double[] reference = z.value().toArray();
        double[] errors = new double[5];
        for (int k = 0; k < errors.length; k++) {
            int steps = 8 << k;
            FastSlowState end = rollout(new ImexRungeKutta(ImexTableau.SSP2_222, 1), field,
                    new FastSlowState(Ops.slice(Var.constant(z0), 0, 2), Ops.slice(Var.constant(z0), 2, 5)), eps,
                    perSample(1.0 / steps, 1.0 / steps), steps);
            errors[k] = maxDifference(Ops.concat(end.x(), end.y()).value().toArray(), reference);
        }
        assertOrder("IMEX-SSP2(2,2,2), nonlinear", errors, 1.8, 2.2);
    }

    @Test
    void oneStepOnAStiffRealModeMultipliesByTheStabilityFunctionWhichTendsToZero() {
        double previous = Double.POSITIVE_INFINITY;
        for (double z = -1; z >= -1e8; z *= 10) {
            FastSlowState end = new ImexRungeKutta(ImexTableau.SSP2_222, 1).step(ConstantLinearField.scalarMode(z),
                    new FastSlowState(Var.constant(matrix(new double[][] {{1}})), Var.constant(matrix(new double[][] {{1}}))),
                    perSample(0.1), perSample(1.0));
            double amplification = end.y().value().toArray()[0];
            Complex r = StabilityFunction.at(ImexTableau.SSP2_222, new Complex(z, 0));
            assertEquals(r.re(), amplification, 1e-14, "Δtλ = " + z);
            assertTrue(Math.abs(amplification) < previous, "Δtλ = " + z + ": |R| did not decrease");
            previous = Math.abs(amplification);
        }
        assertTrue(previous < 1e-7, "the stiffest mode is damped in one step: |R(−1e8)| = " + previous);
    }

    @Test
    void oneStepOnAStiffComplexPairMultipliesByTheStabilityFunction() {
        for (double scale = 1; scale <= 1e8; scale *= 10) {
            double a = -scale;
            double b = 3 * scale;
            FastSlowState end = new ImexRungeKutta(ImexTableau.SSP2_222, 1).step(ConstantLinearField.complexMode(a, b),
                    new FastSlowState(Var.constant(matrix(new double[][] {{1}})), Var.constant(matrix(new double[][] {{1, 0}}))),
                    perSample(0.1), perSample(1.0));
            // w = y0 + i y1 obeys dw/dt = (a − ib) w
            Complex r = StabilityFunction.at(ImexTableau.SSP2_222, new Complex(a, -b));
            double[] y = end.y().value().toArray();
            assertEquals(r.re(), y[0], 1e-14 * Math.max(1, r.abs()), "scale " + scale);
            assertEquals(r.im(), y[1], 1e-14 * Math.max(1, r.abs()), "scale " + scale);
        }
    }

    @Test
    void theImplicitStageEqualsADenseGaussianEliminationSolve() {
        BlockLayout layout = new BlockLayout(new int[] {1, 2, 2, 1});
        int n = layout.order();
        int batch = 3;
        SplittableRandom rng = new SplittableRandom(7);
        double[] t = new double[batch * n * n];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = rng.nextDouble(-1, 1);
                    t[p * n * n + i * n + j] = i == j ? -2 - 50 * rng.nextDouble() : layout.isStructural(i, j) ? 10 * v : 0;
                }
            }
        }
        double[] r = GradientCheck.uniform(3, -1, 1, batch, n).toArray();
        double[] c = {0.01, 0.3, 2.0};
        double[] solved = ImplicitStage.solve(Var.constant(BACKEND.fromArray(t, batch, n, n)), perSample(c),
                Var.constant(BACKEND.fromArray(r, batch, n)), layout).value().toArray();
        for (int p = 0; p < batch; p++) {
            double[][] m = new double[n][n];
            double[] rhs = Arrays.copyOfRange(r, p * n, p * n + n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = (i == j ? 1 : 0) - c[p] * t[p * n * n + i * n + j];
                }
            }
            double[] dense = denseSolve(m, rhs);
            assertArrayEquals(dense, Arrays.copyOfRange(solved, p * n, p * n + n), 1e-12, "sample " + p);
        }
    }

    /** Solves m u = r with EJML's LU decomposition with partial pivoting. */
    private static double[] denseSolve(double[][] m, double[] r) {
        DMatrixRMaj u = new DMatrixRMaj(r.length, 1);
        assertTrue(CommonOps_DDRM.solve(new DMatrixRMaj(m), new DMatrixRMaj(r), u), "singular test matrix");
        return u.getData();
    }

    @Test
    void substepsEqualThatManyManualStepsOfAFractionOfTheInterval() {
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 5);
        FastSlowState start = new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(Y0)));
        Var eps = perSample(EPS);
        Var dt = perSample(0.3, 0.7);
        FastSlowState sub = new ImexRungeKutta(ImexTableau.SSP2_222, 3).step(field, start, eps, dt);
        FastSlowState manual = rollout(new ImexRungeKutta(ImexTableau.SSP2_222, 1), field, start, eps,
                Ops.mul(dt, 1.0 / 3), 3);
        assertArrayEquals(manual.x().value().toArray(), sub.x().value().toArray(), 1e-15);
        assertArrayEquals(manual.y().value().toArray(), sub.y().value().toArray(), 1e-15);
        FastSlowState one = new ImexRungeKutta(ImexTableau.SSP2_222, 1).step(field, start, eps, dt);
        assertTrue(maxDifference(one.y().value().toArray(), sub.y().value().toArray()) > 1e-6,
                "three sub-steps differ from one step");
    }

    @Test
    void gradientsThroughSeveralStepsMatchFiniteDifferences() {
        Tensor theta = NonlinearField.defaultTheta();
        for (ImexTableau tableau : new ImexTableau[] {ImexTableau.SSP2_222, ImexTableau.ARS_222}) {
            ImexRungeKutta imex = new ImexRungeKutta(tableau, 2);
            GradientCheck.inputs(tableau.name() + " three steps", v -> {
                NonlinearField field = new NonlinearField(v.get(2), 3);
                FastSlowState end = rollout(imex, field, new FastSlowState(v.get(0), v.get(1)), v.get(3), v.get(4), 3);
                return Ops.concat(end.x(), end.y());
            }, matrix(X0), matrix(Y0), theta, matrix(new double[][] {{0.5}, {0.9}}), matrix(new double[][] {{0.2}, {0.35}}));
        }
    }

    @Test
    void misshapenArgumentsAreRejectedWithTheirShapes() {
        ImexRungeKutta imex = new ImexRungeKutta(ImexTableau.SSP2_222, 1);
        NonlinearField field = new NonlinearField(Var.constant(NonlinearField.defaultTheta()), 1);
        FastSlowState start = new FastSlowState(Var.constant(matrix(X0)), Var.constant(matrix(Y0)));
        var badDt = assertThrows(IllegalArgumentException.class,
                () -> imex.step(field, start, perSample(EPS), Var.constant(matrix(new double[][] {{0.1, 0.1}, {0.1, 0.1}}))));
        assertEquals("IMEX-SSP2(2,2,2): dt must have shape [2, 1] (or [1, 1]), got [2, 2]", badDt.getMessage());
        var badY = assertThrows(IllegalArgumentException.class, () -> imex.step(field,
                new FastSlowState(start.x(), Var.constant(matrix(X0))), perSample(EPS), perSample(0.1, 0.1)));
        assertEquals("IMEX-SSP2(2,2,2): y must have shape [2, 3], got [2, 2]", badY.getMessage());
        var badSubsteps = assertThrows(IllegalArgumentException.class, () -> new ImexRungeKutta(ImexTableau.SSP2_222, 0));
        assertEquals("IMEX-SSP2(2,2,2): substeps must be a positive integer, got 0", badSubsteps.getMessage());
    }
}
