// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.loss.RhsMse;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    private static final RhsBatch DATA = DavisSkodjeData.samples(60, 0.1, 1);

    private static TrainerConfig config(int epochs, int shards) {
        return new TrainerConfig(epochs, 16, 0.25, 7, 1, false, false,
                OptimizerSpec.parse(ConfigNode.of(Map.of("clipNorm", 5, "learningRate",
                        Map.of("type", "cosine", "initial", 3e-3, "decaySteps", 12)))), shards);
    }

    private static RhsModel model() {
        return DavisSkodjeData.model(DATA, "asinh-mad", List.of(6, 6), 3);
    }

    private static Trainer<RhsModel, RhsBatch> trainer(RhsModel m, int epochs, Path dir) {
        return trainer(m, epochs, 1, dir);
    }

    private static Trainer<RhsModel, RhsBatch> trainer(RhsModel m, int epochs, int shards, Path dir) {
        return new Trainer<>(m, new RhsMse(), new RhsSamples(DATA), config(epochs, shards), dir,
                ConfigNode.of(Map.of("note", "test")));
    }

    /** The log without its wall-clock column. */
    private static List<String> logWithoutSeconds(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(Trainer.LOG)).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    @ParameterizedTest(name = "{0} shard(s)")
    @ValueSource(ints = {1, 3})
    void twoEpochsThenResumingTwoEqualsFourStraightBitForBit(int shards, @TempDir Path tmp) throws IOException {
        RhsModel straight = model();
        trainer(straight, 4, shards, tmp.resolve("a")).run(false);

        Path b = tmp.resolve("b");
        trainer(model(), 2, shards, b).run(false);
        // A row written after the checkpoint (as by a run stopped mid-way) must be dropped on resume.
        Files.writeString(b.resolve(Trainer.LOG), "3,9,9,9,9,9\n", StandardOpenOption.APPEND);
        RhsModel resumed = RhsModel.unfitted(DavisSkodjeData.modelConfig("asinh-mad", List.of(6, 6)), 2,
                DavisSkodjeData.BE, org.fsnn.api.nn.Init.generator(99));
        trainer(resumed, 4, shards, b).run(true);

        Map<String, Tensor> want = straight.state();
        Map<String, Tensor> got = resumed.state();
        assertEquals(want.keySet(), got.keySet());
        want.forEach((k, v) -> assertArrayEquals(v.toArray(), got.get(k).toArray(), 0, k));
        assertEquals(logWithoutSeconds(tmp.resolve("a")), logWithoutSeconds(b));
        assertEquals(5, logWithoutSeconds(b).size());

        Checkpoint ca = Checkpoint.read(tmp.resolve("a").resolve(Trainer.CHECKPOINT), DavisSkodjeData.BE);
        Checkpoint cb = Checkpoint.read(b.resolve(Trainer.CHECKPOINT), DavisSkodjeData.BE);
        assertEquals(ca.step(), cb.step());
        assertEquals(ca.bestEpoch(), cb.bestEpoch());
        assertEquals(Double.doubleToRawLongBits(ca.bestLoss()), Double.doubleToRawLongBits(cb.bestLoss()));
        ca.optimizer().forEach((k, v) -> assertArrayEquals(v.toArray(), cb.optimizer().get(k).toArray(), 0, k));
        assertNotEquals(model().state().get("net.dense0.weight").toArray()[0], want.get("net.dense0.weight").toArray()[0]);
    }

    @Test
    void resumingWithoutACheckpointSaysSoAndConfigTyposAreNamed(@TempDir Path tmp) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> trainer(model(), 2, tmp).run(true));
        assertTrue(e.getMessage().contains("no checkpoint"), e.getMessage());
        var typo = assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.parse(ConfigNode.of(Map.of("epoch", 3))));
        assertTrue(typo.getMessage().contains("$.epoch"), typo.getMessage());
        var shards = assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.parse(ConfigNode.of(Map.of("batchSize", 4, "shards", 5))));
        assertTrue(shards.getMessage().contains("shards must be in [1, batchSize = 4], got 5"), shards.getMessage());
    }

    @Test
    void shardsChangeOnlyTheRoundingOfATrainingRun(@TempDir Path tmp) {
        RhsModel whole = model();
        RhsModel sharded = model();
        trainer(whole, 3, 1, tmp.resolve("whole")).run(false);
        trainer(sharded, 3, 3, tmp.resolve("sharded")).run(false);
        whole.state().forEach((k, v) -> {
            double[] a = v.toArray();
            double[] b = sharded.state().get(k).toArray();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 1e-9 * (1 + Math.abs(a[i])), k + "[" + i + "]");
            }
        });
    }

    @Test
    void checkpointRoundTripsEveryDoubleExactly(@TempDir Path tmp) throws IOException {
        double[] awkward = {0.1, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1 / 3.0, Math.PI * 1e-300, -7.25e22};
        Tensor t = DavisSkodjeData.BE.fromArray(awkward, 7);
        Path file = tmp.resolve("c.json");
        new Checkpoint(1, 2, 3, Map.of("a", List.of(1, 2)), 1, 0.5, Map.of("p", t), Map.of("p", t), Map.of(), Map.of("0/x", t))
                .write(file);
        Checkpoint back = Checkpoint.read(file, DavisSkodjeData.BE);
        double[] got = back.parameters().get("p").toArray();
        for (int i = 0; i < awkward.length; i++) {
            assertEquals(Double.doubleToRawLongBits(awkward[i]), Double.doubleToRawLongBits(got[i]), "entry " + i);
        }
        assertEquals(Map.of("a", List.of(1, 2)), back.config());
    }
}
