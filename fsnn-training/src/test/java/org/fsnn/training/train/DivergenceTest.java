// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.loss.RhsMse;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivergenceTest {
    private static final RhsBatch DATA = DavisSkodjeData.samples(48, 0.1, 2);

    /** rhs-mse whose value turns NaN on one call. */
    private static final class PoisonedLoss implements Loss<RhsModel, RhsBatch> {
        private final int poisonedCall;
        private int calls;

        PoisonedLoss(int poisonedCall) {
            this.poisonedCall = poisonedCall;
        }

        @Override
        public Class<RhsModel> modelType() {
            return RhsModel.class;
        }

        @Override
        public Class<RhsBatch> batchType() {
            return RhsBatch.class;
        }

        @Override
        public LossTerms terms(RhsModel model, RhsBatch batch) {
            LossTerms t = new RhsMse().terms(model, batch);
            return ++calls == poisonedCall ? LossTerms.of(RhsMse.TERM, Ops.mul(t.total(), Double.NaN)) : t;
        }
    }

    private static Trainer<RhsModel, RhsBatch> trainer(Loss<RhsModel, RhsBatch> loss, int epochs, Path dir) {
        RhsModel m = DavisSkodjeData.model(DATA, "identity", List.of(5), 4);
        return new Trainer<>(m, loss, new RhsSamples(DATA), new TrainerConfig(epochs, 16, 0, 5, 1, false, false,
                OptimizerSpec.adam(1e-3)), dir, ConfigNode.empty());
    }

    @Test
    void nanAtAKnownBatchStopsWithItsPlaceAndKeepsTheLastCheckpoint(@TempDir Path tmp) throws IOException {
        // 48 samples in batches of 16: three batches per epoch, so call 8 is epoch 3, batch 2.
        var e = assertThrows(TrainingDivergedException.class, () -> trainer(new PoisonedLoss(8), 5, tmp.resolve("bad")).run(false));
        assertTrue(e.getMessage().contains("epoch 3, batch 2") && e.getMessage().contains("'rhs'")
                && e.getMessage().contains("NaN"), e.getMessage());

        Checkpoint kept = Checkpoint.read(tmp.resolve("bad").resolve(Trainer.CHECKPOINT), DavisSkodjeData.BE);
        trainer(new RhsMse(), 2, tmp.resolve("good")).run(false);
        Checkpoint clean = Checkpoint.read(tmp.resolve("good").resolve(Trainer.CHECKPOINT), DavisSkodjeData.BE);
        assertEquals(2, kept.epoch());
        clean.parameters().forEach((k, v) -> assertArrayEquals(v.toArray(), kept.parameters().get(k).toArray(), 0, k));
    }

    @Test
    void aLossForAnotherModelIsRejectedUpFront() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RhsMse().as(org.fsnn.layers.FastSlowNetwork.class, RhsBatch.class));
        assertTrue(e.getMessage().contains("RhsModel") && e.getMessage().contains("FastSlowNetwork"), e.getMessage());
    }
}
