// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import java.util.concurrent.TimeUnit;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.Distribution;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GemmBenchmark {

    /** The matrix order. */
    @Param({"64", "128", "256", "512", "1024"})
    public int n;

    /** The backend's name, e.g. {@code cpu} or {@code reference}. */
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

    /** One product. */
    @Benchmark
    public Tensor gemm() {
        return b.gemm(false, false, 1, left, right, 0, null);
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
