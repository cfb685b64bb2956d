// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.loss.FsnnBatch;
import org.fsnn.training.loss.TinyFsnn;
import org.fsnn.training.loss.TrajectoryBatch;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsnnTrainingTest {
    private static final Backend BE = DavisSkodjeData.BE;

    /** Davis–Skodje trajectories by explicit Euler with small sub-steps, sampled every 0.05. */
    private static TrajectoryBatch trajectories(Backend be, int count, int points, double eps, long seed) {
        DynamicalSystem ds = DavisSkodjeData.system(eps);
        var rng = new java.util.SplittableRandom(seed);
        double[] z = new double[count * points * 2];
        double[] t = new double[count * points];
        double[] e = new double[count];
        double[] s = new double[2];
        double[] d = new double[2];
        for (int k = 0; k < count; k++) {
            s[0] = 0.5 + rng.nextDouble();
            s[1] = rng.nextDouble();
            e[k] = eps;
            for (int n = 0; n < points; n++) {
                z[(k * points + n) * 2] = s[0];
                z[(k * points + n) * 2 + 1] = s[1];
                t[k * points + n] = 0.05 * n;
                for (int sub = 0; sub < 50; sub++) {
                    ds.rhs(0, s, d);
                    s[0] += 0.001 * d[0];
                    s[1] += 0.001 * d[1];
                }
            }
        }
        return new TrajectoryBatch(be.fromArray(z, count, points, 2), be.fromArray(t, count, points), be.fromArray(e, count, 1));
    }

    /** Twelve fast trajectories at ε = 0.2 and three manifold points, on {@code be}. */
    static FsnnBatch samples(Backend be) {
        TrajectoryBatch fast = trajectories(be, 12, 4, 0.2, 1);
        double[] m = {0.5, 1 / 3.0, 1.0, 0.5, 1.5, 0.6};
        return new FsnnBatch(fast, null, be.fromArray(m, 3, 2), be.fromArray(new double[] {0.2, 0.2, 0.2}, 3, 1));
    }

    /** The composite FSNN loss on a {@link FastSlowNetwork}. */
    static Loss<FastSlowNetwork, FsnnBatch> fsnnLoss() {
        return Registry.load(LossProvider.class).get("fsnn").create(ConfigNode.empty()).as(FastSlowNetwork.class,
                FsnnBatch.class);
    }

    @Test
    void fsnnLossTrainsAFastSlowNetworkThroughMixedBatches(@TempDir Path dir) throws IOException {
        FsnnBatch all = samples(BE);
        FastSlowNetwork net = TinyFsnn.network(3);
        var loss = fsnnLoss();
        TrainerConfig cfg = new TrainerConfig(8, 5, 0.2, 2, 4, true, false, OptimizerSpec.adam(1e-2));
        TrainingResult r = new Trainer<>(net, loss, new FsnnSamples(all), cfg, dir, ConfigNode.empty()).run(false);

        List<String> log = Files.readAllLines(r.log());
        assertEquals("epoch,train_loss,train_system,train_fast,train_slow,train_manifold,val_loss,lr,seconds", log.get(0));
        double first = Double.parseDouble(log.get(1).split(",")[1]);
        double last = Double.parseDouble(log.get(8).split(",")[1]);
        assertTrue(last < first, "training loss " + first + " -> " + last);
        assertTrue(Files.exists(r.checkpoint()));
        assertEquals(net.state().keySet(), Checkpoint.read(r.checkpoint(), BE).parameters().keySet());
        assertTrue(r.bestEpoch() >= 1 && Double.isFinite(r.bestLoss()), r.toString());
        assertTrue(r.lastTrainTerms().keySet().containsAll(Map.of("system", 0, "manifold", 0).keySet()));
    }
}
