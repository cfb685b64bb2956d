// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Solvers that cannot go on, and bad arguments, fail with messages that say why. */
class SolverFailureTest {

    @ParameterizedTest
    @ValueSource(strings = {"dopri5", "dop853", "rodas4"})
    void aSolutionThatBlowsUpEndsInAFailureNamingSolverTimeStepAndTolerance(String name) {
        OdeSolver solver = Solvers.adaptive(name, 1e-6, 1e-9);
        SolverException e = assertThrows(SolverException.class,
                () -> solver.solve(new TestProblems.BlowUp(), 0, new double[] {1}, new double[] {2}));
        System.out.println(e.getMessage());
        assertEquals(name, e.solver());
        assertEquals(1, e.time(), 1e-5, "fails at the blow-up at t = 1");
        assertTrue(e.getMessage().startsWith(name + " failed at t=" + String.format(java.util.Locale.ROOT, "%.10g",
                e.time()) + " with step size "), e.getMessage());
        assertTrue(e.getMessage().contains("rtol=1.00e-06, atol=1.00e-09"), e.getMessage());
        assertTrue(e.getMessage().contains("step size"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dopri5", "dop853", "rodas4", "rk4"})
    void tooManyStepsEndInAFailureNamingTheLimit(String name) {
        OdeSolver solver = Solvers.create(Solvers.provider(name), Map.of("max-steps", 10.0));
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(
                new TestProblems.DecayingRotation(0.1, 3), 0, new double[] {1, 0}, new double[] {100}));
        assertTrue(e.getMessage().contains("more than 10 step attempts (max-steps)"), e.getMessage());
    }

    @Test
    void explicitSolversHitTheirStepLimitOnAStiffProblem() {
        OdeSolver solver = Solvers.create(Solvers.provider("dopri5"), Map.of("max-steps", 1000.0));
        SolverException e = assertThrows(SolverException.class, () -> solver.solve(new TestProblems.Robertson(), 0,
                new double[] {1, 0, 0}, new double[] {1e5}));
        assertTrue(e.time() < 1e5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dopri5", "dop853", "rodas4", "rk4"})
    void badArgumentsAreRejectedWithWhatIsValid(String name) {
        OdeSolver solver = Solvers.create(Solvers.provider(name), Map.of());
        var system = new TestProblems.DecayingRotation(0.1, 3);
        var wrongLength = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(system, 0, new double[] {1}, new double[] {1}));
        assertEquals(name + ": initial state has 1 components; the system has dimension 2", wrongLength.getMessage());
        var notFinite = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(system, 0, new double[] {1, Double.NaN}, new double[] {1}));
        assertTrue(notFinite.getMessage().contains("component 1 must be finite"), notFinite.getMessage());
        var unsorted = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(system, 0, new double[] {1, 0}, new double[] {2, 1}));
        assertTrue(unsorted.getMessage().contains("output time 1 = 1.0"), unsorted.getMessage());
        var beforeStart = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(system, 1, new double[] {1, 0}, new double[] {0.5}));
        assertTrue(beforeStart.getMessage().contains(">= t0 = 1.0"), beforeStart.getMessage());
        assertThrows(IllegalArgumentException.class, () -> solver.solve(system, 0, new double[] {1, 0}, new double[0]));
    }

    @Test
    void settingsOutOfRangeAreRejectedByTheProvidersParameters() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Solvers.create(new Dopri5Provider(), Map.of("rtol", 0.0)));
        assertEquals("dopri5: parameter 'rtol' = 0.0 must be finite and in [1.0E-14, 1.0]", e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> Solvers.create(new Rk4SolverProvider(), Map.of("rtol", 1e-6)));
        assertEquals("rk4: unknown parameter 'rtol'; known: [step, max-steps]", unknown.getMessage());
    }
}
