// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.bench.training.ScopedOptimizer;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.layers.Rollout;
import org.fsnn.training.optim.Optim;
import org.fsnn.training.train.ShardedGradient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FSNN on the sizes of the simple attracting manifold of FSNN section 5.2 (N_x = N_y = 1,
 * coupling networks of width 10, one flow layer, right-hand-side networks of width 10, bilinear
 * rank 2): a 5-step IMEX-SSP2 rollout of a batch of {@value #BATCH} trajectories, without
 * gradients ({@link #rollout}) and with a loss on every decoded state and its backward pass
 * ({@link #forwardBackward}); and a whole training step, forward, backward and Adam
 * ({@link #trainingStep}), with the batch whole or split into shards on threads of their own
 * ({@code @Param shards}). Rollout times are per trajectory-step (batch × steps operations per
 * call), the training step's per step; on the default backend ({@code -Dfsnn.backend=NAME} picks
 * another).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FsnnRolloutBenchmark {
    /** Trajectories per batch. */
    public static final int BATCH = 1000;
    /** Steps per rollout. */
    public static final int STEPS = 5;

    /** The fast–slow integrator, by plugin name. */
    @Param({"imex-ssp2"})
    public String integrator;

    /** The parts {@link #trainingStep} splits the batch into, each on a thread of its own. */
    @Param({"1", "2"})
    public int shards;

    private FastSlowNetwork network;
    private FastSlowIntegrator stepper;
    private Var z0;
    private Var eps;
    private Var dt;
    private Backend backend;
    private ScopedOptimizer adam;
    private List<Starts> parts;
    private ShardedGradient<FastSlowNetwork, Starts> gradient;

    /** Builds the network and draws a batch of initial states, ε and time steps. */
    @Setup
    public void setUp() {
        backend = Backends.defaultBackend();
        Map<String, Object> width10 = Map.of("hidden", List.of(10));
        ConfigNode config = ConfigNode.of(Map.of(
                "slowDim", 1,
                "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(10)),
                "schur", width10,
                "bilinear", Map.of("rank", 2, "hidden", List.of(10)),
                "linear", width10,
                "slow", width10));
        network = new FastSlowNetwork(config, backend, Init.generator(52));
        stepper = FastSlowNetwork.integrator(integrator, ConfigNode.empty());
        var rng = Init.generator(53);
        z0 = Var.constant(Init.uniform(backend, Shape.of(BATCH, 2), -1, 1, rng));
        double[] e = new double[BATCH];
        for (int i = 0; i < BATCH; i++) {
            e[i] = Math.pow(10, -5 + 3 * rng.nextDouble()); // log-uniform in [1e-5, 1e-2]
        }
        eps = Var.constant(backend.fromArray(e, BATCH, 1));
        dt = Var.constant(backend.fill(Shape.of(BATCH, 1), 0.1));
        adam = new ScopedOptimizer(network.parameters(), Optim.adam(1e-3));
        parts = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            int[] rows = IntStream.range(BATCH * s / shards, BATCH * (s + 1) / shards).toArray();
            parts.add(new Starts(backend.gatherRows(z0.value(), rows), backend.gatherRows(eps.value(), rows),
                    backend.gatherRows(dt.value(), rows)));
        }
        gradient = new ShardedGradient<>(new RolloutSquare(stepper));
    }

    /** Stops the shard threads. */
    @TearDown
    public void tearDown() {
        gradient.close();
    }

    /** A rollout without recording gradients. */
    @Benchmark
    @OperationsPerInvocation(BATCH * STEPS)
    public Var rollout() {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            return network.rollout(z0, eps, dt, STEPS, stepper).states().getLast();
        }
    }

    /** A rollout, the mean square of every decoded state, and its backward pass. */
    @Benchmark
    @OperationsPerInvocation(BATCH * STEPS)
    public Object forwardBackward() {
        network.zeroGrad();
        try (Tape tape = Tape.open()) {
            Rollout r = network.rollout(z0, eps, dt, STEPS, stepper);
            Var loss = Ops.mean(Ops.square(Ops.concat(r.states())));
            tape.backward(loss);
        }
        return network.parameters().values().iterator().next().grad();
    }

    /**
     * One training step: the loss of {@link #forwardBackward} and its gradient, over the batch
     * split into {@link #shards} parts on as many threads ({@link ShardedGradient}), and an Adam
     * update; returns the loss.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double trainingStep() {
        try (MemoryScope scope = backend.scope()) {
            ShardedGradient.Result r = gradient.evaluate(network, parts);
            adam.step(scope, r.grads());
            return r.values().get(RolloutSquare.TERM);
        }
    }

    /** Initial states {@code [b, 2]}, their ε and time steps {@code [b, 1]}. */
    record Starts(Tensor z0, Tensor eps, Tensor dt) {}

    /** The mean square of every state of a {@value #STEPS}-step rollout, over the whole batch. */
    private record RolloutSquare(FastSlowIntegrator stepper) implements Loss<FastSlowNetwork, Starts> {
        static final String TERM = "rollout-square";

        @Override
        public Class<FastSlowNetwork> modelType() {
            return FastSlowNetwork.class;
        }

        @Override
        public Class<Starts> batchType() {
            return Starts.class;
        }

        @Override
        public LossTerms terms(FastSlowNetwork net, Starts batch) {
            return shardTerms(net, List.of(batch), 0);
        }

        @Override
        public LossTerms shardTerms(FastSlowNetwork net, List<Starts> shards, int shard) {
            int rows = shards.stream().mapToInt(s -> s.z0().dim(0)).sum();
            Starts s = shards.get(shard);
            Var states = Ops.concat(net.rollout(Var.constant(s.z0()), Var.constant(s.eps()), Var.constant(s.dt()), STEPS,
                    stepper).states());
            double count = (double) states.value().size() * rows / s.z0().dim(0);
            return LossTerms.of(TERM, Ops.mul(Ops.sum(Ops.square(states)), 1 / count));
        }
    }
}
