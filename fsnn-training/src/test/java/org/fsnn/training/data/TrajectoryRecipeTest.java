// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SlowManifold;
import org.junit.jupiter.api.Test;

class TrajectoryRecipeTest {
    private static final EpsilonSampler.Grid GRID = new EpsilonSampler.Grid(List.of(0.01, 0.05));

    private static TrajectoryRecipe davisSkodje(SlowStart start, long seed) {
        return new TrajectoryRecipe("davis-skodje", Map.of(), GRID, SolverSpec.TRAJECTORIES,
                new SubsetSpec(6, 5, 0.5, StepScale.TIMES_EPSILON), new SubsetSpec(4, 3, 0.2, StepScale.FIXED), start,
                0, seed);
    }

    /** Euclidean distance from z to the manifold's point over z's slow coordinates. */
    private static double distanceToManifold(DynamicalSystem system, double[] z) {
        SlowManifold m = system.slowManifold().orElseThrow();
        double[] x = new double[m.slowDimension()];
        m.project(z, x);
        double[] on = new double[z.length];
        m.lift(x, on);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += (z[i] - on[i]) * (z[i] - on[i]);
        }
        return Math.sqrt(sum);
    }

    @Test
    void subsetsHaveTheirShapesStepsAndEpsilons() {
        FastSlowDataset data = davisSkodje(new SlowStart.FromManifold(1e-3), 7).generate(2, ProgressListener.NONE);
        assertArrayEquals(new int[] {6, 6, 2}, data.fast().shape());
        assertArrayEquals(new int[] {4, 4, 2}, data.slow().shape());
        assertEquals(0, data.manifold().count());
        for (int i = 0; i < 6; i++) {
            double eps = data.fast().epsilon()[i];
            assertEquals(GRID.values().get(i % 2), eps);
            assertEquals(0.5 * eps, data.fast().dt(i), 1e-15);
            assertEquals(5 * 0.5 * eps, data.fast().time(i, 5), 1e-15);
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(0.2, data.slow().dt(i), 1e-15);
        }
    }

    @Test
    void sequencesAreTheReferenceSolutionAtTheirTimes() {
        FastSlowDataset data = davisSkodje(new SlowStart.FromManifold(1e-3), 7).generate(1, ProgressListener.NONE);
        TrajectoryData fast = data.fast();
        for (int i = 0; i < fast.count(); i++) {
            DynamicalSystem system = TestSystems.family("davis-skodje").at(fast.epsilon()[i]);
            double[] times = new double[fast.steps() + 1];
            for (int k = 0; k <= fast.steps(); k++) {
                times[k] = fast.time(i, k);
            }
            Solution direct = new SolverSpec("dopri5", 1e-12, 1e-14).create().solve(system, 0, fast.state(i, 0), times);
            for (int k = 0; k <= fast.steps(); k++) {
                assertArrayEquals(direct.states()[k], fast.state(i, k), 1e-7, "sequence " + i + " step " + k);
            }
        }
    }

    @Test
    void slowSequencesStartAtTheStatedDistanceFromTheManifold() {
        double offset = 1e-3;
        FastSlowDataset data = davisSkodje(new SlowStart.FromManifold(offset), 3).generate(1, ProgressListener.NONE);
        for (int i = 0; i < data.slow().count(); i++) {
            DynamicalSystem system = TestSystems.family("davis-skodje").at(data.slow().epsilon()[i]);
            assertEquals(offset, distanceToManifold(system, data.slow().state(i, 0)), 1e-12);
        }
    }

    @Test
    void slowSequencesAfterTheTransientStartNearTheManifold() {
        // delay 1 step of 0.2 = 20 fast times at eps = 0.01 and 4 at eps = 0.05: the transient has
        // decayed by e^-4 at least, and the first-order manifold is O(eps^2) from the invariant one.
        FastSlowDataset data = davisSkodje(new SlowStart.AfterTransient(1), 3).generate(1, ProgressListener.NONE);
        for (int i = 0; i < data.slow().count(); i++) {
            DynamicalSystem system = TestSystems.family("davis-skodje").at(data.slow().epsilon()[i]);
            assertEquals(0.2, data.slow().time(i, 0), 1e-15);
            double distance = distanceToManifold(system, data.slow().state(i, 0));
            assertTrue(distance < 0.05, "slow start " + i + " is " + distance + " from the manifold");
        }
    }

    @Test
    void manifoldDataLiesOnTheCriticalManifoldWithEpsilonZero() {
        TrajectoryRecipe recipe = new TrajectoryRecipe("simple-manifold", Map.of(),
                new EpsilonSampler.LogUniform(1e-5, 1e-2), SolverSpec.TRAJECTORIES,
                new SubsetSpec(3, 5, 0.25, StepScale.FIXED), new SubsetSpec(2, 4, 0.25, StepScale.OVER_EPSILON),
                new SlowStart.FromManifold(0.01), 50, 11);
        FastSlowDataset data = recipe.generate(2, ProgressListener.NONE);
        ManifoldData m = data.manifold();
        assertEquals(50, m.count());
        for (int i = 0; i < m.count(); i++) {
            assertEquals(0, m.epsilon()[i]);
            double z1 = m.states()[2 * i];
            assertTrue(z1 >= -1 && z1 <= 1);
            assertEquals(2 * Math.tanh(z1), m.states()[2 * i + 1], 1e-15);
        }
        for (double eps : data.fast().epsilon()) {
            assertTrue(eps >= 1e-5 && eps <= 1e-2, "eps " + eps);
        }
        assertEquals(0.25 / data.slow().epsilon()[0], data.slow().dt(0), 1e-9 / data.slow().epsilon()[0]);
    }

    @Test
    void logUniformEpsilonFillsItsRangeEvenlyInLogarithm() {
        double[] eps = new EpsilonSampler.LogUniform(1e-5, 1e-2).draw(new SplittableRandom(5), 4000);
        int[] decades = new int[3];
        for (double e : eps) {
            assertTrue(e >= 1e-5 && e <= 1e-2);
            decades[Math.min(2, (int) Math.floor(Math.log10(e) + 5))]++;
        }
        for (int count : decades) {
            // each decade has probability 1/3; 4 binomial standard deviations is about 120
            assertEquals(4000 / 3.0, count, 4 * Math.sqrt(4000 * (1 / 3.0) * (2 / 3.0)));
        }
    }

    @Test
    void generationIsReproducibleBitForBitOnAnyNumberOfThreads() {
        FastSlowDataset one = davisSkodje(new SlowStart.FromManifold(1e-3), 42).generate(1, ProgressListener.NONE);
        FastSlowDataset three = davisSkodje(new SlowStart.FromManifold(1e-3), 42).generate(3, ProgressListener.NONE);
        assertArrayEquals(one.fast().states(), three.fast().states());
        assertArrayEquals(one.slow().states(), three.slow().states());
        assertArrayEquals(one.fast().times(), three.fast().times());
        FastSlowDataset other = davisSkodje(new SlowStart.FromManifold(1e-3), 43).generate(1, ProgressListener.NONE);
        assertTrue(one.fast().states()[0] != other.fast().states()[0]);
    }

    @Test
    void manifoldDataOfASystemWithoutEpsilonZeroFailsNamingIt() {
        TrajectoryRecipe recipe = new TrajectoryRecipe("davis-skodje", Map.of(), GRID, SolverSpec.TRAJECTORIES,
                new SubsetSpec(1, 1, 0.5, StepScale.TIMES_EPSILON), new SubsetSpec(0, 1, 0.2, StepScale.FIXED),
                new SlowStart.FromManifold(0), 5, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> recipe.generate(1, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("eps = 0") && e.getMessage().contains("davis-skodje"), e.getMessage());
    }

    @Test
    void progressCountsEverySequenceOfBothSubsets() {
        int[] last = {0, 0};
        davisSkodje(new SlowStart.FromManifold(1e-3), 1).generate(2, (done, total) -> {
            synchronized (last) {
                last[0] = Math.max(last[0], done);
                last[1] = total;
            }
        });
        assertArrayEquals(new int[] {10, 10}, last);
    }

    @Test
    void recipeReadFromConfigEqualsTheOneBuiltInCode() {
        var config = org.fsnn.api.spi.ConfigNode.of(Map.of("system", "davis-skodje",
                "epsilon", Map.of("grid", List.of(0.01, 0.05)),
                "fast", Map.of("count", 6, "steps", 5, "dt", 0.5, "scale", "times-eps"),
                "slow", Map.of("count", 4, "steps", 3, "dt", 0.2),
                "slow-start", Map.of("from-manifold", 1e-3), "seed", 7));
        assertEquals(davisSkodje(new SlowStart.FromManifold(1e-3), 7), TrajectoryRecipe.fromConfig(config));
    }

    @Test
    void badRecipeConfigsNameTheirJsonPath() {
        var cases = List.of(
                Map.<String, Object>of("system", "davis-skodje", "fast", Map.of("count", 1, "steps", 1, "dt", 1)),
                "$.epsilon",
                Map.<String, Object>of("system", "davis-skodje", "epsilon", Map.of("grid", List.of(0.1)),
                        "fast", Map.of("count", 1, "steps", 0, "dt", 1)), "$.fast.steps",
                Map.<String, Object>of("system", "davis-skodje", "epsilon", Map.of("log-uniform", List.of(0.1)),
                        "fast", Map.of("count", 1, "steps", 1, "dt", 1)), "$.epsilon.log-uniform",
                Map.<String, Object>of("system", "davis-skodje", "epsilon", Map.of("grid", List.of(0.1)),
                        "fast", Map.of("count", 1, "steps", 1, "dt", 1, "scale", "per-eps")), "$.fast.scale",
                Map.<String, Object>of("system", "davis-skodje", "epsilon", Map.of("grid", List.of(0.1)),
                        "fast", Map.of("count", 1, "steps", 1, "dt", 1), "slow-start", Map.of()), "$.slow-start");
        for (int c = 0; c < cases.size(); c += 2) {
            @SuppressWarnings("unchecked")
            var config = org.fsnn.api.spi.ConfigNode.of((Map<String, Object>) cases.get(c));
            var e = assertThrows(IllegalArgumentException.class, () -> TrajectoryRecipe.fromConfig(config));
            assertTrue(e.getMessage().startsWith(cases.get(c + 1) + ":"), e.getMessage());
        }
    }
}
