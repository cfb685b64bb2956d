// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.concurrent.TimeUnit;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.Distribution;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
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
 * Square GEMM {@code C = A·B} of order n on a backend chosen by name through {@link Backends}.
 * One operation is 2n³ floating-point operations; {@link Bench} turns the times into GFLOP/s.
 *
 * <p>Each product runs in a {@link MemoryScope}, and one element of it is read back: a device
 * backend such as {@code opencl} only queues its kernels, so reading waits for the product to
 * finish (in-order queue), and the scope frees the device buffers. Both cost O(n), against the
 * product's O(n³).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class GemmBenchmark {

    /** The matrix order. */
    @Param({"64", "128", "256", "512", "1024"})
    public int n;

    /** The backend's name: {@code cpu}, {@code opencl} or {@code reference}. */
    @Param({"cpu"})
    public String backend;

    private Backend b;
    private Tensor left;
    private Tensor right;

    /** Opens the backend and draws two random matrices. */
    @Setup
    public void setUp() {
        b = Backends.system().open(backend);
        left = b.random(Shape.of(n, n), Distribution.NORMAL, 1);
        right = b.random(Shape.of(n, n), Distribution.NORMAL, 2);
    }

    /** One product, finished. */
    @Benchmark
    public double gemm() {
        try (MemoryScope scope = b.scope()) {
            return finished(b, b.gemm(false, false, 1, left, right, 0, null));
        }
    }

    /**
     * One element of {@code t}, read back to the host: once it is there, every kernel queued before
     * has finished, on an asynchronous device too.
     */
    static double finished(Backend backend, Tensor t) {
        Tensor row = backend.gatherRows(t.reshape(t.dim(0), t.size() / t.dim(0)), new int[] {0});
        return backend.slice(row, 0, 1).toArray()[0];
    }

    /** Releases the backend. */
    @TearDown
    public void tearDown() {
        b.close();
    }

    /** The floating-point operations of one product of order n. */
    static double flops(int n) {
        return 2.0 * n * n * n;
    }
}
