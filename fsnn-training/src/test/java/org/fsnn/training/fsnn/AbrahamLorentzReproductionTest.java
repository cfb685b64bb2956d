// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.experiment.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsnn-abraham-lorentz}: the asymptotic closure, the orbit construction and a tiny end-to-end run. */
class AbrahamLorentzReproductionTest {

    /** The experiment of the default budget shrunk to train in seconds. */
    static FsnnExperiment tiny() {
        FsnnExperiment e = AbrahamLorentzReproduction.experiment(true, 1);
        TrajectoryRecipe d = e.data();
        TrajectoryRecipe small = new TrajectoryRecipe(d.system(), d.params(), d.epsilon(), d.solver(),
                new SubsetSpec(8, 3, d.fast().dt(), d.fast().scale()), new SubsetSpec(8, 3, d.slow().dt(),
                d.slow().scale()), d.slowStart(), 8, d.seed());
        return e.withData(small).withTraining(SimpleManifoldReproduction.training(1, 8, 1, 1e-3, 3))
                .withEvaluation(new FsnnEvaluationSpec(List.of(1e-2), 2, 2, 0.25, 2, 0.025, 4, 3, 7));
    }

    /** Relative L2 of the velocities of the closure from the end of a reverse-time orbit, against it traversed back. */
    private static double closureVelocityError(double eps, boolean firstOrder) {
        DynamicalSystem reverse = AbrahamLorentzReproduction.system(eps, -1);
        FsnnExperiment e = AbrahamLorentzReproduction.experiment(true, 1);
        double[] z0 = new double[9];
        reverse.sampleInitialStates(new SplittableRandom(5), 1, z0);
        double[] start = FsnnTrace.reference(e.data().solver(), e.data().family(), z0, eps, 1, 20, 1)[1];
        int steps = AbrahamLorentzReproduction.STEPS_PER_GYRATION;
        double dt = 3 * Math.PI / eps / steps;
        double[][] ref = FsnnTrace.reference(e.data().solver(), e.data().family(), start, eps, steps, dt, 1);
        double[][] back = new double[steps + 1][];
        for (int k = 0; k <= steps; k++) {
            back[k] = ref[steps - k];
        }
        // the critical manifold a = ζ v × B (ε = 0 in the lift only), the slow equations at the true ε
        DynamicalSystem forward = AbrahamLorentzReproduction.system(eps, 1);
        double[][] closure = firstOrder ? ManifoldClosure.integrate(forward, Arrays.copyOf(back[0], 6), steps, dt, 4)
                : zerothOrder(forward, AbrahamLorentzReproduction.system(0, 1), back[0], steps, dt);
        return new FsnnTrace(FsnnTrace.times(steps, dt), back, closure).relativeL2(3, 6);
    }

    /** The ManifoldClosure of {@code forward} with the fast variables slaved to {@code manifoldOf}'s slow manifold instead. */
    private static double[][] zerothOrder(DynamicalSystem forward, DynamicalSystem manifoldOf, double[] z0, int steps,
            double dt) {
        return ManifoldClosure.integrate(withManifold(forward, manifoldOf), Arrays.copyOf(z0, 6), steps, dt, 4);
    }

    /** {@code s} with the slow manifold of {@code manifoldOf} (none when null). */
    private static DynamicalSystem withManifold(DynamicalSystem s, DynamicalSystem manifoldOf) {
        return new DynamicalSystem() {
            @Override
            public int dimension() {
                return s.dimension();
            }

            @Override
            public Params params() {
                return s.params();
            }

            @Override
            public void rhs(double t, double[] z, double[] dzdt) {
                s.rhs(t, z, dzdt);
            }

            @Override
            public Optional<FastSlowSplit> split() {
                return s.split();
            }

            @Override
            public Optional<SlowManifold> slowManifold() {
                return manifoldOf == null ? Optional.empty() : manifoldOf.slowManifold();
            }

            @Override
            public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
                s.sampleInitialStates(rng, count, out);
            }
        };
    }

    @Test
    void theFirstOrderClosureFollowsTheExactOrbitOverAGyrationAndTheCriticalOneDoesNot() {
        double eps = 1e-2;
        double first = closureVelocityError(eps, true);
        double zeroth = closureVelocityError(eps, false);
        assertTrue(first < 2e-3, "first-order closure, relative L2 of v " + first);
        assertTrue(zeroth > 5 * first, "critical-manifold closure " + zeroth + " against first order " + first);
    }

    @Test
    void closureNeedsASlowManifold() {
        DynamicalSystem noManifold = withManifold(AbrahamLorentzReproduction.system(1e-3, 1), null);
        assertThrows(IllegalArgumentException.class, () -> ManifoldClosure.integrate(noManifold, new double[6], 1, 1, 1));
    }

    @Test
    void tinyRunWritesTableTwoTheOrbitsAndTheirFigures(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("al");
        FsnnRunner runner = TestExperiments.runner();
        Path summary = new AbrahamLorentzReproduction().run(tiny(), true, 1, out, runner,
                new PrintWriter(new StringWriter()));
        Path run = out.resolve("fsnn-abraham-lorentz-s1");
        for (String f : List.of("report.md", "metrics.json", "plots/fig9-orbits.png", "plots/fig10-errors.png",
                "plots/fig11-closures.png")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        String md = Files.readString(summary);
        assertTrue(md.contains("Table 2") && md.contains("| −1 |") && md.contains("4.2e-04"), md);
        JsonNode m = ExperimentJson.mapper().readTree(out.resolve("metrics.json").toFile());
        JsonNode rows = m.path("table2").path("rows");
        assertEquals(3, rows.size());
        for (JsonNode r : rows) {
            assertEquals(-1, r.path("exact").asDouble(), 0);
            // the mean over states of |λ̂ − λ| is at least |mean λ̂ − λ|
            assertTrue(r.path("error").asDouble() >= Math.abs(r.path("learned").asDouble() + 1) - 1e-12, r.toString());
        }
        assertEquals(DiscretizationFloor.ssp2(-1, 0.25, 4), m.path("table2").path("floor").asDouble(), 0);
        assertEquals(AbrahamLorentzReproduction.ORBIT_EPS.size(), m.path("orbits").size());
        for (JsonNode o : m.path("orbits")) {
            double asym = o.path("asymptotic").path("relativeL2Velocity").asDouble();
            assertTrue(asym < 1e-2, "asymptotic closure over one gyration at eps " + o.path("eps") + ": " + asym);
        }

        // the forward reference is the reverse one traversed backward
        FsnnExperiment e = tiny();
        AbrahamLorentzReproduction.Orbit orbit = AbrahamLorentzReproduction.orbit(runner.network(run), runner, e, 1e-2,
                1, 3);
        int n = orbit.reverse().t().length;
        assertArrayEquals(orbit.reverse().reference()[n - 1], orbit.forward().reference()[0]);
        assertArrayEquals(orbit.reverse().reference()[0], orbit.forward().reference()[n - 1]);
        assertEquals(orbit.reverse().model().length, orbit.asymptotic().model().length);
    }
}
