// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.fsnn.integrators.reference.TestProblems.maxError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.solver.Solution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The global error of the adaptive solvers stays within a small multiple of the tolerance, at the
 * ends of the accepted steps and at output times inside steps (dense output).
 */
class ErrorControlTest {
    /** How far the global error at step ends may exceed the tolerance. */
    private static final double STEP_END_RATIO = 5;

    /**
     * @param denseRatio how far the error of the dense output may exceed the tolerance: DOP853's
     *     seventh-order interpolant is less accurate than its eighth-order steps, which grow long
     *     on smooth problems (measured up to about 31 times the tolerance here)
     */
    @ParameterizedTest
    @CsvSource({"dopri5, 5", "dop853, 50", "rodas4, 5"})
    void globalErrorStaysWithinASmallMultipleOfTheTolerance(String solver, double denseRatio) {
        var problem = new TestProblems.DavisSkodje(3);
        double[] z0 = {2, 1.5};
        double[] outputs = TestProblems.grid(0, 6, 60);
        for (double tol = 1e-6; tol >= 1e-10; tol /= 10) {
            double[] stepEndError = {0};
            Solution solution = Solvers.adaptive(solver, tol, tol).solve(problem, 0, z0, outputs,
                    (t, z, h) -> stepEndError[0] = Math.max(stepEndError[0], maxError(z, problem.exact(t, z0))));
            double denseError = 0;
            for (int k = 0; k < outputs.length; k++) {
                denseError = Math.max(denseError, maxError(solution.states()[k], problem.exact(outputs[k], z0)));
            }
            System.out.printf("%s tol %.0e: max global error at step ends %.2f x tol, at outputs %.2f x tol; %s%n",
                    solver, tol, stepEndError[0] / tol, denseError / tol, solution.stats());
            assertTrue(stepEndError[0] <= STEP_END_RATIO * tol, solver + " at tol " + tol + ": step-end error "
                    + stepEndError[0]);
            assertTrue(denseError <= denseRatio * tol, solver + " at tol " + tol + ": dense error " + denseError);
        }
    }
}
