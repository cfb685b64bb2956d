// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Observers see every accepted step; outputs land exactly on the requested times. */
class StepObserverTest {

    @ParameterizedTest
    @ValueSource(strings = {"dopri5", "dop853", "rodas4", "rk4"})
    void observerSeesEveryAcceptedStepInOrderCoveringTheInterval(String name) {
        OdeSolver solver = Solvers.create(Solvers.provider(name), java.util.Map.of());
        var problem = new TestProblems.DecayingRotation(0.2, 2);
        double[] z0 = {1, 0};
        List<double[]> steps = new ArrayList<>();
        double[] outputs = {0, 0.5, 0.5, 1.25, 3};
        Solution solution = solver.solve(problem, 0, z0, outputs, (t, z, h) -> steps.add(new double[] {t, h, z[0]}));
        assertEquals(solution.stats().acceptedSteps(), steps.size());
        double t = 0;
        for (double[] step : steps) {
            assertTrue(step[1] > 0, "positive step");
            assertEquals(t + step[1], step[0], 1e-12, "steps follow each other");
            t = step[0];
        }
        assertEquals(3, t, 0.0, "the last step ends exactly at the last output time");
        assertEquals(steps.get(steps.size() - 1)[2], solution.finalState()[0], 0.0);
        assertArrayEquals(z0, solution.states()[0], 0.0);
        assertArrayEquals(outputs, solution.times(), 0.0);
        assertArrayEquals(solution.states()[1], solution.states()[2], 0.0);
    }
}
