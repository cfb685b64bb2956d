// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Module;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.loss.CompositeLoss;
import org.fsnn.training.loss.FsnnBatch;
import org.fsnn.training.loss.FsnnLossProvider;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.loss.RhsMse;
import org.fsnn.training.loss.TinyFsnn;
import org.fsnn.training.loss.TrajectoryBatch;
import org.fsnn.training.model.RhsModel;
import org.junit.jupiter.api.Test;

class ShardedGradientTest {
    private static final Backend CPU = Backends.defaultBackend();

    /** Five fast and three slow trajectories of four points, four manifold states; random, seeded. */
    private static FsnnSamples fsnnSamples() {
        SplittableRandom rng = new SplittableRandom(3);
        return new FsnnSamples(new FsnnBatch(trajectories(rng, 5, 0.1), trajectories(rng, 3, 2.0),
                CPU.fromArray(rng.doubles(8, -1, 1).toArray(), 4, 2), CPU.fromArray(rng.doubles(4, 1e-3, 0.1).toArray(), 4, 1)));
    }

    private static TrajectoryBatch trajectories(SplittableRandom rng, int count, double dt) {
        double[] t = new double[count * 4];
        for (int i = 0; i < t.length; i++) {
            t[i] = (i % 4) * dt * (1 + 0.1 * (i / 4));
        }
        return new TrajectoryBatch(CPU.fromArray(rng.doubles(count * 8, -1, 1).toArray(), count, 4, 2),
                CPU.fromArray(t, count, 4), CPU.fromArray(rng.doubles(count, 1e-3, 0.1).toArray(), count, 1));
    }

    /** The batch of {@code order} split into {@code parts} contiguous shards, as the trainer splits it. */
    private static <B> List<B> split(BatchSource<B> data, int[] order, int parts) {
        List<B> out = new ArrayList<>();
        for (int s = 0; s < parts; s++) {
            out.add(data.batch(Arrays.copyOfRange(order, order.length * s / parts, order.length * (s + 1) / parts)));
        }
        return out;
    }

    private static <M extends Module, B> void assertShardsAddUp(M model, Loss<M, B> loss, BatchSource<B> data) {
        int[] order = Shuffle.permutation(data.size(), 7, 1);
        ShardedGradient.Result whole;
        ShardedGradient.Result sharded;
        try (ShardedGradient<M, B> g = new ShardedGradient<>(loss)) {
            whole = g.evaluate(model, split(data, order, 1));
            sharded = g.evaluate(model, split(data, order, 3));
        }
        assertEquals(whole.values().keySet(), sharded.values().keySet());
        whole.values().forEach((term, v) -> assertEquals(v, sharded.values().get(term), 1e-13 * Math.abs(v), term));
        int nonzero = 0;
        for (var e : whole.grads().entrySet()) {
            double[] want = e.getValue().toArray();
            double[] got = sharded.grads().get(e.getKey()).toArray();
            double scale = Arrays.stream(want).map(Math::abs).max().orElse(0);
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], 1e-12 * scale + 1e-300, e.getKey() + "[" + i + "]");
            }
            nonzero += scale > 0 ? 1 : 0;
        }
        assertTrue(nonzero > whole.grads().size() / 2, "most parameters get a gradient: " + nonzero);
    }

    @Test
    void fsnnLossShardsAddUpToTheWholeBatch() {
        FastSlowNetwork net = TinyFsnn.network(21, CPU);
        assertShardsAddUp(net, new FsnnLossProvider().create(ConfigNode.of(Map.of("slow", 0.5))), fsnnSamples());
    }

    @Test
    void aCompositeOfSplittableLossesSplits() {
        FastSlowNetwork net = TinyFsnn.network(25, CPU);
        CompositeLoss<FastSlowNetwork, FsnnBatch> sum = CompositeLoss.parse(ConfigNode.of(Map.of("terms", List.of(
                Map.of("loss", "fsnn-system"), Map.of("loss", "fsnn-fast", "weight", 2),
                Map.of("loss", "fsnn-manifold")))), FastSlowNetwork.class, FsnnBatch.class);
        assertShardsAddUp(net, sum, fsnnSamples());
    }

    @Test
    void rhsMseShardsAddUpToTheWholeBatch() {
        SplittableRandom rng = new SplittableRandom(4);
        Tensor z = CPU.fromArray(rng.doubles(24, -1, 1).toArray(), 12, 2);
        Tensor e = CPU.fromArray(rng.doubles(12, 0.01, 0.1).toArray(), 12, 1);
        Tensor f = CPU.fromArray(rng.doubles(24, -30, 30).toArray(), 12, 2);
        RhsModel model = RhsModel.fit(ConfigNode.of(Map.of("network", Map.of("hidden", List.of(5)),
                "transform", Map.of("name", "asinh-mad"))), z, e, f, CPU, Init.generator(5));
        assertShardsAddUp(model, new RhsMse(), new RhsSamples(new RhsBatch(z, e, f)));
    }

    @Test
    void threadsDoNotChangeTheBits() {
        FastSlowNetwork net = TinyFsnn.network(22, CPU);
        var loss = new FsnnLossProvider().create(ConfigNode.empty());
        FsnnSamples data = fsnnSamples();
        int[] order = Shuffle.permutation(data.size(), 8, 1);
        ShardedGradient.Result threaded;
        ShardedGradient.Result inTurn;
        try (var g = new ShardedGradient<>(loss, true)) {
            threaded = g.evaluate(net, split(data, order, 2));
        }
        try (var g = new ShardedGradient<>(loss, false)) {
            inTurn = g.evaluate(net, split(data, order, 2));
        }
        assertEquals(inTurn.values(), threaded.values());
        inTurn.grads().forEach((name, t) -> assertArrayEquals(t.toArray(), threaded.grads().get(name).toArray(), name));
    }

    @Test
    void aNonFiniteTermSkipsTheBackwardPass() {
        FastSlowNetwork net = TinyFsnn.network(23, CPU);
        Loss<FastSlowNetwork, FsnnBatch> broken = new Loss<>() {
            @Override
            public Class<FastSlowNetwork> modelType() {
                return FastSlowNetwork.class;
            }

            @Override
            public Class<FsnnBatch> batchType() {
                return FsnnBatch.class;
            }

            @Override
            public LossTerms terms(FastSlowNetwork model, FsnnBatch batch) {
                var y = model.encode(org.fsnn.api.autodiff.Var.constant(batch.manifold()),
                        org.fsnn.api.autodiff.Var.constant(batch.manifoldEps())).y();
                return LossTerms.of("log", Ops.mul(Ops.sum(Ops.square(y)), Double.NaN));
            }
        };
        FsnnSamples data = fsnnSamples();
        try (var g = new ShardedGradient<>(broken)) {
            ShardedGradient.Result r = g.evaluate(net, List.of(data.batch(new int[] {data.size() - 1})));
            assertTrue(Double.isNaN(r.values().get("log")));
            assertEquals(null, r.grads());
        }
    }

    @Test
    void aLossThatCannotBeSplitSaysHowToTrainIt() {
        FastSlowNetwork net = TinyFsnn.network(24, CPU);
        var whole = new FsnnLossProvider().create(ConfigNode.empty());
        Loss<FastSlowNetwork, FsnnBatch> unsplittable = new Loss<>() {
            @Override
            public Class<FastSlowNetwork> modelType() {
                return FastSlowNetwork.class;
            }

            @Override
            public Class<FsnnBatch> batchType() {
                return FsnnBatch.class;
            }

            @Override
            public LossTerms terms(FastSlowNetwork model, FsnnBatch batch) {
                return whole.terms(model, batch);
            }
        };
        FsnnSamples data = fsnnSamples();
        try (var g = new ShardedGradient<>(unsplittable)) {
            assertEquals(whole.terms(net, data.batch(new int[] {0, 5})).values(),
                    g.evaluate(net, List.of(data.batch(new int[] {0, 5}))).values(), "one shard is the plain loss");
            var e = assertThrows(IllegalArgumentException.class,
                    () -> g.evaluate(net, split(data, new int[] {0, 5, 9}, 2)));
            assertTrue(e.getMessage().contains("training.shards = 1"), e.getMessage());
        }
    }
}
