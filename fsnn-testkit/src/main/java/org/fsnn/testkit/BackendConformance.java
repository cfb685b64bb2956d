// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import static org.fsnn.testkit.Closeness.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.Distribution;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * The conformance suite of the {@link Backend} SPI: every kernel of the backend under test is
 * compared with the scalar reference ({@link Backends#reference()}) on random inputs and random
 * shapes — odd sizes that are no multiple of a vector width, size-1 axes, every broadcasting
 * pattern and every op and axis — and bad input must be rejected with a message that names the
 * kernel and the shapes.
 *
 * <p>A backend's tests extend this class and supply the backend:
 *
 * <pre>{@code
 * class MyBackendConformanceTest extends BackendConformance {
 *     protected Backend backend() { return new MyBackend(); }
 * }
 * }</pre>
 *
 * <p>The suite uses the SPI only, so it runs unchanged on every backend. Inputs are seeded by the
 * test's name, so a failure reproduces.
 */
public abstract class BackendConformance {
    /** The relative tolerance, against {@code max(1, |reference|)}, of every comparison. */
    protected static final double TOLERANCE = 1e-12;

    /** Dimensions to draw from: 1, small odd sizes, and sizes next to common vector widths. */
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 33};

    private final Backend reference = Backends.reference();
    private Backend backend;
    private SplittableRandom rng;

    /** For subclasses, which supply the backend. */
    protected BackendConformance() {}

    /** The backend under test; called once per test, and handed to {@link #release} after it. */
    protected abstract Backend backend();

    /** Releases the backend after a test; closes it unless a subclass shares one across tests. */
    protected void release(Backend used) {
        used.close();
    }

    /** Opens the backend and seeds the inputs from the test's name. */
    @BeforeEach
    void setUp(TestInfo info) {
        backend = backend();
        rng = new SplittableRandom(info.getDisplayName().hashCode());
    }

    /** Releases the backend's threads or device. */
    @AfterEach
    void tearDown() {
        release(backend);
    }

    // ---- creation and transfer ------------------------------------------------------------

    /** fromArray then toArray gives back the data and the shape. */
    @Test
    public void fromArrayAndToArrayRoundTrip() {
        for (int rank = 1; rank <= 3; rank++) {
            for (int trial = 0; trial < 4; trial++) {
                int[] dims = randomDims(rank);
                double[] data = normal(Shape.of(dims).size());
                Tensor t = backend.fromArray(data, dims);
                assertEquals(Shape.of(dims), t.shape());
                assertArrayEquals(data, backend.toArray(t), "round trip of " + Arrays.toString(dims));
                assertArrayEquals(data, t.toArray());
            }
        }
    }

    /** fill sets every element. */
    @Test
    public void fillMatchesReference() {
        for (int rank = 1; rank <= 3; rank++) {
            Shape s = Shape.of(randomDims(rank));
            double v = rng.nextGaussian();
            assertClose("fill " + s, reference.fill(s, v), backend.fill(s, v), 0);
        }
    }

    /** random draws the same numbers as the reference for the same seed. */
    @Test
    public void randomGivesTheReferenceNumbers() {
        for (Distribution d : Distribution.values()) {
            Shape s = Shape.of(randomDims(2));
            long seed = rng.nextLong();
            assertClose("random " + d + " " + s, reference.random(s, d, seed), backend.random(s, d, seed), 0);
        }
    }

    // ---- elementwise ----------------------------------------------------------------------

    /** Every unary op, on inputs from its domain including special values, small and large. */
    @Test
    public void mapMatchesReferenceForEveryOp() {
        for (UnaryOp op : UnaryOp.values()) {
            for (int[] dims : elementwiseShapes()) {
                TensorPair x = pair(unaryInput(op, Shape.of(dims).size()), dims);
                double p = parameterP(op);
                double q = parameterQ(op);
                assertClose("map " + op + " " + Arrays.toString(dims), reference.map(op, x.ref(), p, q),
                        backend.map(op, x.test(), p, q), TOLERANCE);
            }
        }
    }

    /** Every unary op's derivative times an upstream gradient. */
    @Test
    public void mapGradMatchesReferenceForEveryOp() {
        for (UnaryOp op : UnaryOp.values()) {
            for (int[] dims : elementwiseShapes()) {
                int size = Shape.of(dims).size();
                TensorPair x = pair(unaryInput(op, size), dims);
                TensorPair gy = pair(normal(size), dims);
                double p = parameterP(op);
                double q = parameterQ(op);
                assertClose("mapGrad " + op + " " + Arrays.toString(dims), reference.mapGrad(op, x.ref(), gy.ref(), p, q),
                        backend.mapGrad(op, x.test(), gy.test(), p, q), TOLERANCE);
            }
        }
    }

    /** Every binary op under every broadcasting pattern, both ways round. */
    @Test
    public void zipMatchesReferenceForEveryOpAndBroadcast() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int[][] shapes : broadcastPatterns()) {
                for (int order = 0; order < 2; order++) {
                    int[] da = shapes[order];
                    int[] db = shapes[1 - order];
                    TensorPair a = pair(normal(Shape.of(da).size()), da);
                    TensorPair b = pair(normal(Shape.of(db).size()), db);
                    assertClose("zip " + op + " " + Arrays.toString(da) + " with " + Arrays.toString(db),
                            reference.zip(op, a.ref(), b.ref()), backend.zip(op, a.test(), b.test()), TOLERANCE);
                }
            }
        }
    }

    // ---- reductions -----------------------------------------------------------------------

    /** Every reduction along every axis, counted from the front and from the end. */
    @Test
    public void reduceMatchesReferenceForEveryOpAndAxis() {
        List<int[]> shapes = new ArrayList<>(elementwiseShapes());
        shapes.add(new int[] {1037, 19});
        shapes.add(new int[] {5, 301, 9});
        for (ReduceOp op : ReduceOp.values()) {
            for (int[] dims : shapes) {
                TensorPair x = pair(normal(Shape.of(dims).size()), dims);
                for (int axis = -dims.length; axis < dims.length; axis++) {
                    assertClose("reduce " + op + " axis " + axis + " of " + Arrays.toString(dims),
                            reference.reduce(op, x.ref(), axis), backend.reduce(op, x.test(), axis), TOLERANCE);
                }
            }
        }
    }

    /** Summing back to every shape a tensor can broadcast from. */
    @Test
    public void sumToMatchesReference() {
        int[][][] cases = {{{7, 5}, {5}}, {{7, 5}, {7, 1}}, {{7, 5}, {1}}, {{3, 4, 5}, {4, 5}}, {{3, 4, 5}, {3, 1, 5}},
            {{3, 4, 5}, {1, 4, 1}}, {{3, 4, 5}, {3, 4, 5}}, {{2049, 3}, {3}}};
        for (int[][] c : cases) {
            TensorPair x = pair(normal(Shape.of(c[0]).size()), c[0]);
            Shape target = Shape.of(c[1]);
            assertClose("sumTo " + Arrays.toString(c[0]) + " -> " + target, reference.sumTo(x.ref(), target),
                    backend.sumTo(x.test(), target), TOLERANCE);
        }
    }

    // ---- linear algebra -------------------------------------------------------------------

    /** GEMM with every transpose combination, with and without an accumulator. */
    @Test
    public void gemmMatchesReferenceForEveryTransposeAndAccumulator() {
        int[][] mnk = {{1, 1, 1}, {3, 5, 7}, {8, 8, 8}, {17, 9, 33}, {33, 31, 2}, {1, 40, 13}, {41, 1, 29},
            {71, 67, 45}, {130, 27, 99}};
        for (int[] d : mnk) {
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0;
                boolean tb = (t & 2) != 0;
                int m = d[0];
                int n = d[1];
                int k = d[2];
                TensorPair a = pair(normal(m * k), ta ? new int[] {k, m} : new int[] {m, k});
                TensorPair b = pair(normal(k * n), tb ? new int[] {n, k} : new int[] {k, n});
                TensorPair c = pair(normal(m * n), m, n);
                double alpha = rng.nextDouble(-2, 2);
                double beta = rng.nextDouble(-2, 2);
                String what = "gemm " + m + "x" + n + "x" + k + (ta ? " Aᵀ" : "") + (tb ? " Bᵀ" : "");
                assertClose(what, reference.gemm(ta, tb, alpha, a.ref(), b.ref(), 0, null),
                        backend.gemm(ta, tb, alpha, a.test(), b.test(), 0, null), TOLERANCE);
                assertClose(what + " with accumulator", reference.gemm(ta, tb, alpha, a.ref(), b.ref(), beta, c.ref()),
                        backend.gemm(ta, tb, alpha, a.test(), b.test(), beta, c.test()), TOLERANCE);
            }
        }
    }

    /** Batched matmul: matrix × batch, batch × matrix, batch × batch and matrix × matrix, with transposes. */
    @Test
    public void matmulMatchesReferenceForEveryBatchingAndTranspose() {
        int[][] bmnk = {{1, 1, 1, 1}, {5, 2, 2, 2}, {9, 3, 5, 4}, {4, 8, 8, 8}, {3, 17, 9, 11}, {2049, 3, 2, 5},
            {600, 16, 16, 16}, {3, 40, 33, 35}};
        for (int[] d : bmnk) {
            int batch = d[0];
            int m = d[1];
            int n = d[2];
            int k = d[3];
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0;
                boolean tb = (t & 2) != 0;
                int[] am = ta ? new int[] {k, m} : new int[] {m, k};
                int[] bm = tb ? new int[] {n, k} : new int[] {k, n};
                for (int kind = 0; kind < 4; kind++) {
                    int[] ad = (kind & 1) != 0 ? new int[] {batch, am[0], am[1]} : am;
                    int[] bd = (kind & 2) != 0 ? new int[] {batch, bm[0], bm[1]} : bm;
                    TensorPair a = pair(normal(Shape.of(ad).size()), ad);
                    TensorPair b = pair(normal(Shape.of(bd).size()), bd);
                    assertClose("matmul " + Arrays.toString(ad) + (ta ? "ᵀ" : "") + " · " + Arrays.toString(bd)
                            + (tb ? "ᵀ" : ""), reference.matmul(a.ref(), b.ref(), ta, tb),
                            backend.matmul(a.test(), b.test(), ta, tb), TOLERANCE);
                }
            }
        }
    }

    /** Batched matvec with a shared or a per-sample matrix, transposed or not. */
    @Test
    public void matvecMatchesReferenceForSharedAndBatchedMatrices() {
        int[][] bmk = {{1, 1, 1}, {7, 3, 5}, {4, 8, 8}, {3, 17, 9}, {4097, 2, 3}, {700, 16, 16}, {5, 40, 70}};
        for (int[] d : bmk) {
            for (boolean trans : new boolean[] {false, true}) {
                for (boolean batched : new boolean[] {false, true}) {
                    int rows = trans ? d[2] : d[1];
                    int cols = trans ? d[1] : d[2];
                    int[] ad = batched ? new int[] {d[0], rows, cols} : new int[] {rows, cols};
                    TensorPair a = pair(normal(Shape.of(ad).size()), ad);
                    TensorPair x = pair(normal(d[0] * d[2]), d[0], d[2]);
                    assertClose("matvec " + Arrays.toString(ad) + (trans ? "ᵀ" : ""),
                            reference.matvec(a.ref(), x.ref(), trans), backend.matvec(a.test(), x.test(), trans),
                            TOLERANCE);
                }
            }
        }
    }

    /** Transposing matrices and batches of matrices. */
    @Test
    public void transposeMatchesReference() {
        int[][] shapes = {{1, 1}, {1, 9}, {9, 1}, {7, 13}, {33, 17}, {130, 67}, {5, 3, 7}, {1, 8, 8}, {2049, 2, 3}};
        for (int[] dims : shapes) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            assertClose("transpose " + Arrays.toString(dims), reference.transpose(x.ref()), backend.transpose(x.test()), 0);
        }
    }

    /** Block solves with triangular and mixed 1×1/2×2 layouts, shared or batched T, either direction. */
    @Test
    public void solveBlockUpperMatchesReference() {
        List<BlockLayout> layouts = List.of(BlockLayout.upperTriangular(1), BlockLayout.upperTriangular(7),
                BlockLayout.pairsThenScalar(2), BlockLayout.pairsThenScalar(9), BlockLayout.pairsThenScalar(16),
                new BlockLayout(new int[] {1, 2, 1, 2, 2, 1}));
        for (BlockLayout layout : layouts) {
            for (int batch : new int[] {1, 6, 1500}) {
                for (boolean batched : new boolean[] {false, true}) {
                    for (boolean trans : new boolean[] {false, true}) {
                        int n = layout.order();
                        int count = batched ? batch : 1;
                        double[] t = new double[count * n * n];
                        for (int s = 0; s < count; s++) {
                            blockUpper(layout, t, s * n * n);
                        }
                        TensorPair tt = batched ? pair(t, batch, n, n) : pair(t, n, n);
                        TensorPair r = pair(normal(batch * n), batch, n);
                        String what = "solveBlockUpper " + layout + " batch " + batch + (batched ? " batched" : " shared")
                                + (trans ? " transposed" : "");
                        assertClose(what, reference.solveBlockUpper(tt.ref(), r.ref(), layout, trans),
                                backend.solveBlockUpper(tt.test(), r.test(), layout, trans), TOLERANCE);
                    }
                }
            }
        }
    }

    /** The matrix exponential of small matrices and batches of them. */
    @Test
    public void expmMatchesReference() {
        int[][] shapes = {{1, 1}, {2, 2}, {5, 5}, {9, 9}, {7, 3, 3}, {33, 2, 2}};
        for (int[] dims : shapes) {
            double[] data = normal(Shape.of(dims).size());
            for (int i = 0; i < data.length; i++) {
                data[i] *= 0.7;
            }
            TensorPair a = pair(data, dims);
            assertClose("expm " + Arrays.toString(dims), reference.expm(a.ref()), backend.expm(a.test()), TOLERANCE);
        }
    }

    // ---- layout ---------------------------------------------------------------------------

    /** Column slices of every rank, including the full width and single columns. */
    @Test
    public void sliceMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            int w = dims[dims.length - 1];
            int from = rng.nextInt(w);
            int to = from + 1 + rng.nextInt(w - from);
            assertClose("slice [" + from + ", " + to + ") of " + Arrays.toString(dims), reference.slice(x.ref(), from, to),
                    backend.slice(x.test(), from, to), 0);
            assertClose("full slice of " + Arrays.toString(dims), reference.slice(x.ref(), 0, w),
                    backend.slice(x.test(), 0, w), 0);
        }
    }

    /** Concatenation of one to three parts of every rank. */
    @Test
    public void concatMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            int parts = 1 + rng.nextInt(3);
            List<Tensor> refs = new ArrayList<>();
            List<Tensor> tests = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int[] d = dims.clone();
                d[d.length - 1] = SIZES[rng.nextInt(SIZES.length)];
                TensorPair x = pair(normal(Shape.of(d).size()), d);
                refs.add(x.ref());
                tests.add(x.test());
            }
            assertClose("concat of " + parts + " like " + Arrays.toString(dims), reference.concat(refs),
                    backend.concat(tests), 0);
        }
    }

    /** Gathers along the last axis with repeated and negative (zero-filling) indices. */
    @Test
    public void gatherLastMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            int[] index = indices(1 + rng.nextInt(20), dims[dims.length - 1], true);
            assertClose("gatherLast " + Arrays.toString(index) + " of " + Arrays.toString(dims),
                    reference.gatherLast(x.ref(), index), backend.gatherLast(x.test(), index), 0);
        }
    }

    /** Scatter-adds along the last axis with repeated and negative (dropped) indices. */
    @Test
    public void scatterAddLastMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            int width = 1 + rng.nextInt(12);
            int[] index = indices(dims[dims.length - 1], width, true);
            assertClose("scatterAddLast " + Arrays.toString(index) + " of " + Arrays.toString(dims),
                    reference.scatterAddLast(x.ref(), index, width), backend.scatterAddLast(x.test(), index, width),
                    TOLERANCE);
        }
    }

    /** Row gathers with repeated rows. */
    @Test
    public void gatherRowsMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            int[] rows = indices(1 + rng.nextInt(40), dims[0], false);
            assertClose("gatherRows of " + Arrays.toString(dims), reference.gatherRows(x.ref(), rows),
                    backend.gatherRows(x.test(), rows), 0);
        }
    }

    /** Row scatter-adds with repeated rows. */
    @Test
    public void scatterAddRowsMatchesReference() {
        for (int[] dims : elementwiseShapes()) {
            TensorPair x = pair(normal(Shape.of(dims).size()), dims);
            int count = 1 + rng.nextInt(9);
            int[] rows = indices(dims[0], count, false);
            assertClose("scatterAddRows of " + Arrays.toString(dims) + " into " + count,
                    reference.scatterAddRows(x.ref(), rows, count), backend.scatterAddRows(x.test(), rows, count),
                    TOLERANCE);
        }
    }

    // ---- bad input ------------------------------------------------------------------------

    /** Shape mismatches fail with an IllegalArgumentException naming the kernel and both shapes. */
    @Test
    public void shapeMismatchNamesTheKernelAndBothShapes() {
        Tensor a = backend.fromArray(normal(15), 3, 5);
        Tensor b = backend.fromArray(normal(8), 2, 4);
        Tensor v = backend.fromArray(normal(8), 4, 2);
        Tensor t = backend.fromArray(normal(9), 3, 3);
        assertNamesKernelAndShapes("add", a, b, () -> backend.zip(BinaryOp.ADD, a, b));
        assertNamesKernelAndShapes("mapGrad", a, b, () -> backend.mapGrad(UnaryOp.TANH, a, b, 0, 0));
        assertNamesKernelAndShapes("gemm", a, b, () -> backend.gemm(false, false, 1, a, b, 0, null));
        assertNamesKernelAndShapes("matmul", a, b, () -> backend.matmul(a, b, false, false));
        assertNamesKernelAndShapes("matvec", a, v, () -> backend.matvec(a, v, false));
        assertNamesKernelAndShapes("concat", a, b, () -> backend.concat(List.of(a, b)));
        assertNamesKernelAndShapes("solveBlockUpper", v, t,
                () -> backend.solveBlockUpper(t, v, BlockLayout.upperTriangular(3), false));
    }

    /** Tensors of another backend are rejected with an IllegalArgumentException. */
    @Test
    public void tensorsOfAnotherBackendAreRejected() {
        // A freshly opened instance is a different backend even when the one under test is the reference.
        Backend other = Registry.load(BackendProvider.class).get("reference").open();
        Tensor foreign = other.fromArray(normal(6), 2, 3);
        Tensor own = backend.fromArray(normal(6), 2, 3);
        List<Executable> calls = List.of(
                () -> backend.map(UnaryOp.EXP, foreign, 0, 0),
                () -> backend.zip(BinaryOp.ADD, own, foreign),
                () -> backend.reduce(ReduceOp.SUM, foreign, 0),
                () -> backend.gemm(false, true, 1, own, foreign, 0, null),
                () -> backend.matmul(foreign, own, true, false),
                () -> backend.transpose(foreign),
                () -> backend.slice(foreign, 0, 1),
                () -> backend.concat(List.of(own, foreign)),
                () -> backend.gatherRows(foreign, new int[] {0}),
                () -> backend.toArray(foreign));
        for (Executable call : calls) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            assertTrue(e.getMessage().contains("belongs to backend"), e.getMessage());
        }
    }

    private void assertNamesKernelAndShapes(String kernel, Tensor a, Tensor b, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, kernel);
        String message = e.getMessage();
        assertTrue(message.contains(kernel), "message names " + kernel + ": " + message);
        assertTrue(message.contains(a.shape().toString()), "message names " + a.shape() + ": " + message);
        assertTrue(message.contains(b.shape().toString()), "message names " + b.shape() + ": " + message);
    }

    // ---- inputs ---------------------------------------------------------------------------

    private TensorPair pair(double[] data, int... dims) {
        return TensorPair.of(reference, backend, data, dims);
    }

    private int[] randomDims(int rank) {
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = SIZES[rng.nextInt(SIZES.length)];
        }
        return dims;
    }

    /** Random shapes of every rank, some size-1 axes, and a few large enough to run in parallel. */
    private List<int[]> elementwiseShapes() {
        List<int[]> shapes = new ArrayList<>();
        for (int rank = 1; rank <= 3; rank++) {
            for (int trial = 0; trial < 3; trial++) {
                shapes.add(randomDims(rank));
            }
        }
        shapes.add(new int[] {1});
        shapes.add(new int[] {1, 1, 1});
        shapes.add(new int[] {4099, 9});
        shapes.add(new int[] {3, 1025, 7});
        return shapes;
    }

    /** Pairs of shapes covering every broadcasting pattern. */
    private static List<int[][]> broadcastPatterns() {
        return List.of(
                new int[][] {{13}, {13}},
                new int[][] {{17}, {1}},
                new int[][] {{9, 7}, {9, 7}},
                new int[][] {{9, 7}, {7}},
                new int[][] {{9, 7}, {9, 1}},
                new int[][] {{9, 7}, {1, 7}},
                new int[][] {{9, 1}, {1, 7}},
                new int[][] {{9, 7}, {1}},
                new int[][] {{5, 3, 17}, {5, 3, 17}},
                new int[][] {{5, 3, 17}, {3, 17}},
                new int[][] {{5, 3, 17}, {17}},
                new int[][] {{5, 3, 17}, {5, 1, 17}},
                new int[][] {{5, 3, 17}, {5, 3, 1}},
                new int[][] {{5, 3, 17}, {1, 3, 1}},
                new int[][] {{5, 1, 17}, {1, 3, 1}},
                new int[][] {{5, 3, 17}, {1}},
                new int[][] {{2053, 11}, {11}},
                new int[][] {{2053, 11}, {2053, 1}},
                new int[][] {{2053, 11}, {2053, 11}},
                new int[][] {{300, 4, 9}, {4, 9}},
                new int[][] {{300, 4, 9}, {300, 4, 1}},
                new int[][] {{300, 4, 9}, {1, 1, 9}});
    }

    private double[] normal(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }

    /** Inputs in the op's domain, at several scales, with special values mixed in. */
    private double[] unaryInput(UnaryOp op, int n) {
        double[] special = {0.0, -0.0, 1e-300, -1e-300, 40, -40, 710, -745, 1e9, -1e9, 0.5, -0.5, 1, -1};
        Function<Double, Double> domain = switch (op) {
            case SQRT, LOG, POW -> Math::abs;
            case SINH, COSH -> x -> Math.max(-700, Math.min(700, x));
            default -> x -> x;
        };
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double x = rng.nextInt(8) == 0 ? special[rng.nextInt(special.length)]
                    : rng.nextGaussian() * (new double[] {0.1, 1, 10, 100}[rng.nextInt(4)]);
            d[i] = domain.apply(x);
        }
        return d;
    }

    private static double parameterP(UnaryOp op) {
        return switch (op) {
            case POW -> 1.7;
            case CLAMP -> -0.5;
            case AFFINE -> 1.3;
            default -> 0;
        };
    }

    private static double parameterQ(UnaryOp op) {
        return switch (op) {
            case CLAMP -> 0.7;
            case AFFINE -> -0.4;
            default -> 0;
        };
    }

    /** {@code count} indices in {@code [0, bound)}, repeats allowed, some −1 when {@code negatives}. */
    private int[] indices(int count, int bound, boolean negatives) {
        int[] index = new int[count];
        for (int i = 0; i < count; i++) {
            index[i] = negatives && rng.nextInt(4) == 0 ? -1 : rng.nextInt(bound);
        }
        return index;
    }

    /**
     * A well-conditioned block upper-triangular matrix at {@code off}: diagonal blocks far from
     * singular, small couplings above them, and NaN below them, which a solve must never read.
     */
    private void blockUpper(BlockLayout layout, double[] t, int off) {
        int n = layout.order();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int bi = layout.blockOf(i);
                int bj = layout.blockOf(j);
                double v;
                if (bj < bi) {
                    v = Double.NaN;
                } else if (bi == bj) {
                    v = i == j ? (rng.nextBoolean() ? 1 : -1) * (2 + rng.nextDouble()) : rng.nextDouble(-0.5, 0.5);
                } else {
                    v = rng.nextGaussian() / n;
                }
                t[off + i * n + j] = v;
            }
        }
    }
}
