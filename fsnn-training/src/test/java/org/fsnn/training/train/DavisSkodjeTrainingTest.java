// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.loss.RhsMse;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DavisSkodjeTrainingTest {
    private static final double EPS = 0.1;

    /** The eigenvalue of larger magnitude of each 2×2 Jacobian (real for Davis–Skodje-like ones). */
    private static double[] fastEigenvalues(Tensor jac) {
        double[] j = jac.toArray();
        double[] out = new double[j.length / 4];
        for (int s = 0; s < out.length; s++) {
            double a = j[4 * s];
            double b = j[4 * s + 1];
            double c = j[4 * s + 2];
            double d = j[4 * s + 3];
            double tr = a + d;
            double disc = Math.sqrt(Math.max(0, tr * tr / 4 - (a * d - b * c)));
            out[s] = tr / 2 - disc;
        }
        return out;
    }

    private static double meanError(RhsModel m, RhsBatch test) {
        double[] fast = fastEigenvalues(m.physicalJacobian(test.states(), test.eps()));
        double sum = 0;
        for (double l : fast) {
            sum += Math.abs(l + 1 / EPS);
        }
        return sum / fast.length;
    }

    @Test
    void shortTrainingLowersTheLossAndLearnsTheFastEigenvalue(@TempDir Path dir) throws IOException {
        RhsBatch data = DavisSkodjeData.samples(256, EPS, 21);
        RhsBatch test = DavisSkodjeData.samples(32, EPS, 22);
        RhsModel m = DavisSkodjeData.model(data, "asinh-mad", List.of(32, 32), 5);
        double before = meanError(m, test);
        TrainerConfig cfg = new TrainerConfig(200, 32, 0.125, 1, 20, true, false, OptimizerSpec.parse(ConfigNode.of(Map.of(
                "learningRate", Map.of("type", "cosine", "initial", 1e-2, "decaySteps", 200 * 7, "alpha", 0.05)))));
        TrainingResult r = new Trainer<>(m, new RhsMse(), new RhsSamples(data), cfg, dir, ConfigNode.empty()).run(false);

        List<String> log = Files.readAllLines(r.log());
        double first = Double.parseDouble(log.get(1).split(",")[1]);
        double last = Double.parseDouble(log.get(log.size() - 1).split(",")[1]);
        assertTrue(last < first / 100, "training loss " + first + " -> " + last);
        double after = meanError(m, test);
        assertTrue(after < 0.05 / EPS, "mean |lambda_fast + 1/eps| = " + after + " (before training " + before + ")");
        System.out.printf("davis-skodje eps=%s: loss %.3e -> %.3e, fast eigenvalue error %.3e -> %.3e%n", EPS, first,
                last, before, after);
    }
}
