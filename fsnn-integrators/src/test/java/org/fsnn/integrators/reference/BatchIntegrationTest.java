// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.solver.BatchIntegration;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batched integration on a thread pool. */
class BatchIntegrationTest {

    private static double[][] initialStates(int count) {
        var rng = new SplittableRandom(42);
        double[][] states = new double[count][];
        for (int i = 0; i < count; i++) {
            states[i] = new double[] {rng.nextDouble(0.1, 3), rng.nextDouble(-2, 2)};
        }
        return states;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dopri5", "rodas4"})
    void resultsAreTheSameBitForBitWhateverTheNumberOfThreads(String name) {
        OdeSolver solver = Solvers.adaptive(name, 1e-8, 1e-10);
        var system = new TestProblems.DavisSkodje(20);
        double[][] z0 = initialStates(24);
        double[] outputs = TestProblems.grid(0, 4, 40);
        List<Solution> serial = BatchIntegration.solve(solver, system, 0, z0, outputs, 1, ProgressListener.NONE);
        List<Solution> parallel = BatchIntegration.solve(solver, system, 0, z0, outputs, 4, ProgressListener.NONE);
        assertEquals(z0.length, parallel.size());
        for (int i = 0; i < z0.length; i++) {
            for (int k = 0; k < outputs.length; k++) {
                assertArrayEquals(serial.get(i).states()[k], parallel.get(i).states()[k], 0.0,
                        "trajectory " + i + " at output " + k);
            }
            assertEquals(serial.get(i).stats(), parallel.get(i).stats());
            assertArrayEquals(solver.solve(system, 0, z0[i], outputs).finalState(), parallel.get(i).finalState(), 0.0);
        }
    }

    @Test
    void progressRisesByOneUpToTheTotal() {
        List<Integer> seen = new ArrayList<>();
        BatchIntegration.solve(Solvers.adaptive("dopri5", 1e-6, 1e-8), new TestProblems.DavisSkodje(3), 0,
                initialStates(10), new double[] {1}, 3, (done, total) -> {
                    assertEquals(10, total);
                    seen.add(done);
                });
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen);
    }

    @Test
    void aFailingTrajectoryFailsTheBatchWithItsSolverException() {
        double[][] z0 = {{0.5}, {1}, {0.25}};
        SolverException e = assertThrows(SolverException.class, () -> BatchIntegration.solve(
                Solvers.adaptive("dopri5", 1e-6, 1e-8), new TestProblems.BlowUp(), 0, z0, new double[] {1.5}, 2,
                ProgressListener.NONE));
        assertEquals("dopri5", e.solver());
    }

    @Test
    void fewerThanOneThreadIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BatchIntegration.solve(Solvers.adaptive("dopri5", 1e-6,
                1e-8), new TestProblems.DavisSkodje(3), 0, initialStates(2), new double[] {1}, 0,
                ProgressListener.NONE));
    }
}
