// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.train.FsnnSamples;
import org.fsnn.training.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short deterministic training runs move the learned fast eigenvalues toward the exact ones. */
class FsnnTrainingEigenvaluesTest {
    private static final Backend BE = Backends.reference();

    private static double meanError(FastSlowNetwork net, FsnnExperiment e) {
        return FsnnEvaluation.evaluate(net, e, BE, 1).getFirst().eigMeanError();
    }

    /**
     * The default initialization puts T near −1.1, about where λ(z₁) ∈ [−1.1, −0.96] lies; to see
     * training move the eigenvalue, the single 1×1 block starts at −2 (softplus(t̄) = 1.9).
     */
    @Test
    void simpleManifoldEigenvalueErrorShrinksFivefold(@TempDir Path dir) {
        FsnnExperiment e = TestExperiments.simpleManifold(60, 120);
        FastSlowNetwork net = e.init().create(e.network(), BE);
        Parameter bias = net.parameters().get("schur.network.dense1.bias");
        bias.set(BE.fromArray(new double[] {Math.log(Math.expm1(1.9))}, 1));
        double before = meanError(net, e);
        new Trainer<>(net, e.createLoss(), new FsnnSamples(FsnnData.batch(e.data().generate(1, (a, b) -> { }), BE)),
                e.trainerConfig(false), dir, ConfigNode.of(e.toMap())).run(false);
        double after = meanError(net, e);
        System.out.printf("simple manifold: mean |lambda error| %.3e -> %.3e%n", before, after);
        assertTrue(before > 0.8, "the shifted start is far from the truth: " + before);
        assertTrue(after < before / 5, "mean eigenvalue error " + before + " -> " + after);
    }

    @Test
    void gradEigenvalueErrorHalves(@TempDir Path dir) {
        FsnnExperiment e = TestExperiments.smallGrad(24, 30);
        double before = meanError(e.init().create(e.network(), BE), e);
        double after = TestExperiments.runner().train(e, dir.resolve("run")).results().getFirst().eigMeanError();
        System.out.printf("grad: mean |lambda error| %.3e -> %.3e%n", before, after);
        assertTrue(after < before / 2, "mean eigenvalue error " + before + " -> " + after);
    }
}
