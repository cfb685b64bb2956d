// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.fsnn.integrators.reference.TestProblems.logLogSlope;
import static org.fsnn.integrators.reference.TestProblems.maxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Observed orders of convergence on problems with closed-form solutions. */
class ConvergenceOrderTest {
    private static final double[] STEPS = {0.2, 0.1, 0.05, 0.025};
    private static final double[] Z0 = {1, 0.5};

    private static double fixedStepError(String solver, TestProblems.DecayingRotation problem, double step) {
        OdeSolver s = Solvers.create(Solvers.provider(solver), Map.of("step", step));
        Solution solution = s.solve(problem, 0, Z0, new double[] {2});
        return maxError(solution.finalState(), problem.exact(2, Z0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rk4", "rodas4"})
    void fixedStepGlobalErrorFallsWithSlopeFour(String solver) {
        var problem = new TestProblems.DecayingRotation(0.5, 3);
        double[] errors = new double[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            errors[i] = fixedStepError(solver, problem, STEPS[i]);
        }
        double slope = logLogSlope(STEPS, errors);
        System.out.printf("%s fixed-step errors %s, observed order %.3f%n", solver, Arrays.toString(errors), slope);
        assertEquals(4, slope, 0.25, solver + " observed order");
    }

    @Test
    void rodas4TimeDerivativeKeepsOrderFourOnNonAutonomousProblem() {
        var problem = new TestProblems.CosineGrowth();
        double[] errors = new double[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            OdeSolver s = Solvers.create(Solvers.provider("rodas4"), Map.of("step", STEPS[i]));
            errors[i] = Math.abs(s.solve(problem, 0, new double[] {1}, new double[] {3}).finalState()[0]
                    - problem.exact(3, 1));
        }
        double slope = logLogSlope(STEPS, errors);
        System.out.printf("rodas4 non-autonomous errors %s, observed order %.3f%n", Arrays.toString(errors), slope);
        assertTrue(slope > 3.8, "order with the time derivative " + slope);
    }

    @Test
    void rodas4DenseOutputBetweenStepsConvergesWithOrderAtLeastThree() {
        var problem = new TestProblems.DecayingRotation(0.5, 3);
        double[] outputs = TestProblems.grid(0, 2, 37);
        double[] errors = new double[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            OdeSolver s = Solvers.create(Solvers.provider("rodas4"), Map.of("step", STEPS[i]));
            Solution solution = s.solve(problem, 0, Z0, outputs);
            for (int k = 0; k < outputs.length; k++) {
                errors[i] = Math.max(errors[i], maxError(solution.states()[k], problem.exact(outputs[k], Z0)));
            }
        }
        double slope = logLogSlope(STEPS, errors);
        System.out.printf("rodas4 dense-output errors %s, observed order %.3f%n", Arrays.toString(errors), slope);
        assertTrue(slope > 3, "dense output order " + slope);
    }

    @ParameterizedTest
    @CsvSource({"dopri5, 5", "dop853, 8", "rodas4, 4"})
    void adaptiveGlobalErrorFallsWithToleranceAndWithStepsAtTheMethodsOrder(String solver, int order) {
        var problem = new TestProblems.DecayingRotation(0.5, 3);
        double[] tolerances = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
        double[] errors = new double[tolerances.length];
        long[] steps = new long[tolerances.length];
        for (int i = 0; i < tolerances.length; i++) {
            Solution solution = Solvers.adaptive(solver, tolerances[i], tolerances[i]).solve(problem, 0, Z0,
                    new double[] {2});
            errors[i] = maxError(solution.finalState(), problem.exact(2, Z0));
            steps[i] = solution.stats().acceptedSteps();
        }
        double toleranceSlope = logLogSlope(tolerances, errors);
        double[] stepCounts = Arrays.stream(steps).asDoubleStream().toArray();
        double stepSlope = logLogSlope(stepCounts, errors);
        System.out.printf("%s errors %s steps %s: d log err / d log tol = %.3f, d log err / d log steps = %.3f%n",
                solver, Arrays.toString(errors), Arrays.toString(steps), toleranceSlope, stepSlope);
        for (int i = 1; i < errors.length; i++) {
            assertTrue(errors[i] < errors[i - 1], solver + " error must fall as the tolerance falls");
        }
        assertEquals(1, toleranceSlope, 0.2, "error proportional to tolerance");
        assertEquals(-order, stepSlope, 1.0, "error against steps");
    }
}
