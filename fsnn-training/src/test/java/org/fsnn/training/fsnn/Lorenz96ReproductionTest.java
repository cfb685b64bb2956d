// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

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
import org.fsnn.api.backend.Backends;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.experiment.ExperimentJson;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsnn-lorenz96}: the eigenvalue sweep of Fig. 8 and a tiny end-to-end run. */
class Lorenz96ReproductionTest {

    /** The experiment of the default budget shrunk to train in seconds. */
    static FsnnExperiment tiny() {
        FsnnExperiment e = Lorenz96Reproduction.experiment(true, 1);
        TrajectoryRecipe d = e.data();
        TrajectoryRecipe small = new TrajectoryRecipe(d.system(), d.params(), d.epsilon(), d.solver(),
                new SubsetSpec(8, 3, Lorenz96Reproduction.DT, d.fast().scale()), d.slow(), d.slowStart(), 8, d.seed());
        return e.withData(small).withTraining(SimpleManifoldReproduction.training(1, 8, 1, 1e-3, 2))
                .withEvaluation(new FsnnEvaluationSpec(List.of(1e-2), 2, 2, 0.2, 2, 0.3, 1, 2, 7));
    }

    /** The fast block of a central-difference Jacobian of the system's right-hand side. */
    private static double[][] fastJacobian(DynamicalSystem s, double[] z, int from) {
        int d = s.dimension();
        int n = d - from;
        double[][] jac = new double[n][n];
        double h = 1e-6;
        double[] plus = new double[d];
        double[] minus = new double[d];
        for (int c = 0; c < n; c++) {
            double[] zp = z.clone();
            double[] zm = z.clone();
            zp[from + c] += h;
            zm[from + c] -= h;
            s.rhs(0, zp, plus);
            s.rhs(0, zm, minus);
            for (int r = 0; r < n; r++) {
                jac[r][c] = (plus[from + r] - minus[from + r]) / (2 * h);
            }
        }
        return jac;
    }

    @Test
    void sweepStatesCarryTheEigenvaluesOfTheNumericalJacobianAndTheErrorsOfTheMatchedModel() {
        DynamicalSystem system = Lorenz96Reproduction.experiment(true, 1).data().family().at(0);
        FastSlowNetwork net = FsnnInit.defaults(3).create(Lorenz96Reproduction.experiment(true, 1).network(),
                Backends.reference());
        Lorenz96Reproduction.Sweep sweep = Lorenz96Reproduction.sweep(net, system, 7, Backends.reference());
        int k = Lorenz96Reproduction.K;
        double max = 0;
        for (int i = 0; i < sweep.chi().length; i++) {
            double[] z = Lorenz96Reproduction.manifoldState(sweep.chi()[i]);
            Complex[] numeric = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(fastJacobian(system, z,
                    k))).getEigenvalues();
            Eigenvalues fromJacobian = new Eigenvalues(Arrays.stream(numeric).mapToDouble(Complex::getReal).toArray(),
                    Arrays.stream(numeric).mapToDouble(Complex::getImaginary).toArray());
            Eigenvalues exact = sweep.exact()[i];
            Eigenvalues[] copies = new Eigenvalues[k];
            Arrays.fill(copies, sweep.branches()[i]);
            assertEquals(exact, Eigenvalues.concat(copies).sorted(), "the curves of Fig. 8 are eq. 5.12, K times");
            Eigenvalues matched = Lorenz96Reproduction.match(exact, fromJacobian);
            for (int j = 0; j < exact.size(); j++) {
                assertEquals(exact.re()[j], matched.re()[j], 1e-6, "chi = " + sweep.chi()[i]);
                assertEquals(exact.im()[j], matched.im()[j], 1e-6, "chi = " + sweep.chi()[i]);
                max = Math.max(max, Math.hypot(sweep.learned()[i].re()[j] - exact.re()[j],
                        sweep.learned()[i].im()[j] - exact.im()[j]));
            }
        }
        assertEquals(max, sweep.maxError(), 1e-15);
        assertTrue(sweep.maxError() > 1e-3, "an untrained network does not know eq. 5.12: " + sweep.maxError());
    }

    @Test
    void matchingPairsEachTargetWithItsNearestCandidate() {
        Eigenvalues targets = new Eigenvalues(new double[] {-2, -1, -1}, new double[] {0, -1, 1});
        Eigenvalues candidates = new Eigenvalues(new double[] {-0.9, -2.1, -1.1}, new double[] {1.1, 0, -0.9});
        Eigenvalues m = Lorenz96Reproduction.match(targets, candidates);
        assertEquals(List.of(-2.1, -1.1, -0.9), Arrays.stream(m.re()).boxed().toList());
        assertEquals(List.of(0.0, -0.9, 1.1), Arrays.stream(m.im()).boxed().toList());
    }

    @Test
    void tinyRunWritesTheFiguresTablesAndMetrics(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("l96");
        Path summary = new Lorenz96Reproduction().run(tiny(), true, 30, out, TestExperiments.runner(),
                new PrintWriter(new StringWriter()));
        Path run = out.resolve("fsnn-lorenz96-s1");
        for (String f : List.of("report.md", "metrics.json", "config.json", "plots/fig7-lorenz96.png",
                "plots/fig8-eigenvalues.png", "plots/eigenvalues.png")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        String md = Files.readString(summary);
        assertTrue(md.contains("Fig. 7: prediction to T = 30") && md.contains("`--full` to T = 3000"), md);
        assertTrue(md.contains("Discretization floor"), md);
        JsonNode m = ExperimentJson.mapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(31, m.path("fig8").path("points").size());
        assertEquals(Math.abs(DiscretizationFloor.ssp2(-1, 0.2, 2)),
                Math.abs(m.path("fig8").path("floorAtMinusOne").asDouble()), 0);
        double l2 = m.path("fig7").path("relativeL2X").asDouble();
        assertTrue(l2 > 0 && Double.isFinite(l2), "relative L2 of x " + l2);
        assertEquals(30.0 / 300, m.path("fig7").path("slowStepDt").asDouble(), 1e-15);
    }

    @Test
    void anEndTimeInsideTheFastWindowIsRejected(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lorenz96Reproduction().run(tiny(), true, 2, dir.resolve("x"), TestExperiments.runner(),
                        new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().contains("end time"), e.getMessage());
    }
}
