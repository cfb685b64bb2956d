// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Linear;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.optim.Optim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of the MLP 3→128→128→128→128→2 with SiLU on a batch of {@value #BATCH}: the
 * forward pass through {@link Linear} layers and {@link Ops#silu}, the mean squared error, the
 * backward pass through the tape, and the update of every parameter by plain SGD or by Adam
 * ({@code @Param optimizer}; {@link #step}). Its
 * matrix products alone, on operands of the same shapes and transposes, are {@link #gemms}: their
 * time over the step's is the fraction of the step spent in GEMM.
 *
 * <p>The backend is chosen by name through {@link Backends} ({@code @Param backend}). Each
 * invocation runs in a {@link MemoryScope} and ends by reading a value back, so a device backend
 * has finished its queued kernels and freed the step's buffers before the next one; the new
 * parameters and Adam's new moments are kept and the ones they replace released
 * ({@link ScopedOptimizer}), so device memory stays flat from step to step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class MlpTrainingStepBenchmark {
    /** Samples per step. */
    public static final int BATCH = 8192;
    /** Input, hidden and output widths. */
    private static final int[] WIDTHS = {3, 128, 128, 128, 128, 2};
    /** The step size of SGD and Adam. */
    private static final double LEARNING_RATE = 1e-3;

    /** The backend's name: {@code cpu}, {@code opencl} or {@code reference}. */
    @Param({"cpu", "opencl"})
    public String backend;

    /** The update: {@code sgd} (p ← p − lr·∇p) or {@code adam} (β₁ = 0.9, β₂ = 0.999, ε = 1e-8). */
    @Param({"sgd", "adam"})
    public String optimizer;

    private Backend b;
    private ScopedOptimizer update;
    private final List<Linear> layers = new ArrayList<>();
    private Tensor x;
    private Tensor y;
    /** For {@link #gemms}: each layer's input {@code [BATCH, in]} and output gradient {@code [BATCH, out]}. */
    private final List<Tensor> layerInputs = new ArrayList<>();
    private final List<Tensor> outputGradients = new ArrayList<>();

    /** Opens the backend, builds the seeded MLP and draws the data and the GEMM operands. */
    @Setup
    public void setUp() {
        setUp(BATCH);
    }

    /** {@link #setUp()} with another batch size (tests use small ones). */
    public void setUp(int batch) {
        b = Backends.system().open(backend);
        var rng = Init.generator(2026);
        Map<String, Parameter> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < WIDTHS.length; i++) {
            Linear layer = new Linear(b, WIDTHS[i], WIDTHS[i + 1], rng);
            layers.add(layer);
            int index = i;
            layer.parameters().forEach((name, p) -> named.put(index + "." + name, p));
            layerInputs.add(Init.uniform(b, Shape.of(batch, WIDTHS[i]), -1, 1, rng));
            outputGradients.add(Init.uniform(b, Shape.of(batch, WIDTHS[i + 1]), -1, 1, rng));
        }
        x = Init.uniform(b, Shape.of(batch, WIDTHS[0]), -1, 1, rng);
        y = Init.uniform(b, Shape.of(batch, WIDTHS[WIDTHS.length - 1]), -1, 1, rng);
        update = new ScopedOptimizer(named, switch (optimizer) {
            case "sgd" -> Optim.sgd(LEARNING_RATE);
            case "adam" -> Optim.adam(LEARNING_RATE);
            default -> throw new IllegalArgumentException("optimizer '" + optimizer + "': use sgd or adam");
        });
    }

    /** The backend the benchmark runs on, once set up. */
    public Backend backend() {
        return b;
    }

    /** Forward, backward and update; returns the loss, read after the update was queued. */
    @Benchmark
    public double step() {
        try (MemoryScope scope = b.scope()) {
            Var loss;
            try (Tape tape = Tape.open()) {
                Var h = Var.constant(x);
                for (int i = 0; i < layers.size(); i++) {
                    h = layers.get(i).apply(h);
                    if (i + 1 < layers.size()) {
                        h = Ops.silu(h);
                    }
                }
                loss = Ops.mean(Ops.square(Ops.sub(h, Var.constant(y))));
                tape.backward(loss);
            }
            update.step(scope);
            return loss.value().toArray()[0];
        }
    }

    /**
     * The step's matrix products in its order: per layer {@code x·Wᵀ} forward; backward, from the
     * last layer, {@code ḡ·W} for the input's gradient (not for the first layer, whose input is
     * data) and {@code ḡᵀ·x} for the weight's. Returns one element of the last product.
     */
    @Benchmark
    public double gemms() {
        try (MemoryScope scope = b.scope()) {
            for (int i = 0; i < layers.size(); i++) {
                b.matmul(layerInputs.get(i), weight(i), false, true);
            }
            Tensor last = null;
            for (int i = layers.size() - 1; i >= 0; i--) {
                if (i > 0) {
                    b.matmul(outputGradients.get(i), weight(i), false, false);
                }
                last = b.matmul(outputGradients.get(i), layerInputs.get(i), true, false);
            }
            return b.toArray(last)[0];
        }
    }

    private Tensor weight(int layer) {
        return layers.get(layer).weight().value();
    }

    /** Releases the backend. */
    @TearDown
    public void tearDown() {
        b.close();
    }

    /** The floating-point operations of the products of one step ({@link #gemms}). */
    public static double gemmFlops() {
        double flops = 0;
        for (int i = 0; i + 1 < WIDTHS.length; i++) {
            int products = i == 0 ? 2 : 3;
            flops += products * 2.0 * BATCH * WIDTHS[i] * WIDTHS[i + 1];
        }
        return flops;
    }

    /** The network's widths in words, e.g. {@code 3→128→…→2}. */
    public static String architecture() {
        StringBuilder s = new StringBuilder();
        for (int w : WIDTHS) {
            s.append(s.isEmpty() ? "" : "→").append(w);
        }
        return s.toString();
    }
}
