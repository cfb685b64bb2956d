// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.solver.Solution;
import org.junit.jupiter.api.Test;

/** The implicit solver on stiff problems, against the explicit ones. */
class StiffProblemsTest {

    @Test
    void rodas4IntegratesRobertsonToOneHundredThousandConservingMassInFarFewerStepsThanDopri5() {
        var robertson = new TestProblems.Robertson();
        double[] z0 = {1, 0, 0};
        double[] outputs = {1e-2, 1, 1e2, 1e3, 1e4, 1e5};
        Solution stiff = Solvers.adaptive("rodas4", 1e-8, 1e-12).solve(robertson, 0, z0, outputs);
        for (double[] z : stiff.states()) {
            assertEquals(1, z[0] + z[1] + z[2], 1e-10, "mass y1 + y2 + y3");
        }
        // DOPRI5 is limited by stability, not accuracy: its step count grows linearly with time, so
        // it runs only to t = 100 and its count to 1e5 is extrapolated (a lower bound: the stiff
        // eigenvalue keeps growing).
        Solution explicit = Solvers.adaptive("dopri5", 1e-8, 1e-12).solve(robertson, 0, z0, new double[] {1e2});
        long rodasSteps = stiff.stats().acceptedSteps() + stiff.stats().rejectedSteps();
        long dopriSteps = explicit.stats().acceptedSteps() + explicit.stats().rejectedSteps();
        System.out.printf("Robertson: rodas4 to t=1e5: %s; dopri5 to t=1e2 only: %s (about %d steps to 1e5)%n",
                stiff.stats(), explicit.stats(), dopriSteps * 1000);
        assertTrue(100 * rodasSteps < dopriSteps, "rodas4 " + rodasSteps + " steps to 1e5, dopri5 " + dopriSteps
                + " steps to 1e2");
        double[] atHundred = stiff.states()[2];
        for (int i = 0; i < 3; i++) {
            assertEquals(explicit.finalState()[i], atHundred[i], 1e-6 * Math.abs(explicit.finalState()[i]) + 1e-11,
                    "component " + i + " at t = 100 against dopri5");
        }
    }

    /**
     * Van der Pol with μ = 1000 from (2, 0) to t = 2000 is Hairer and Wanner's VDPOL with ε = 1e-6
     * in unscaled time (t = τ/√ε, z2 = y2·√ε); the reference is their tight-tolerance solution at
     * τ = 2 (Hairer and Wanner II, section IV.10, and the IVP test set of Mazzia and Magherini).
     */
    @Test
    void rodas4FollowsStiffVanDerPolAgainstATightToleranceReference() {
        var vanDerPol = new TestProblems.VanDerPol(1000);
        double[] reference = {1.706167732170483, -0.8928097010248125e-3};
        for (double tol : new double[] {1e-6, 1e-8, 1e-10}) {
            Solution solution = Solvers.adaptive("rodas4", tol, tol).solve(vanDerPol, 0, new double[] {2, 0},
                    new double[] {2000});
            double error = Math.max(Math.abs(solution.finalState()[0] - reference[0]),
                    1000 * Math.abs(solution.finalState()[1] - reference[1]));
            System.out.printf("van der Pol mu=1000, rodas4 tol %.0e: error %.3e (%.2f x tol), %s%n", tol, error,
                    error / tol, solution.stats());
            assertTrue(error < 10 * tol, "error " + error + " at tol " + tol);
            assertTrue(solution.stats().acceptedSteps() < 20_000, "few steps for a stiff solver: " + solution.stats());
        }
    }
}
