// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jdk.incubator.vector.DoubleVector;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.BlockSubstitution;
import org.fsnn.api.backend.KernelShapes;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * The CPU backend: tensors are {@code double[]} on the Java heap ({@link HostBuffer}), kernels use
 * the Vector API at the machine's preferred width and run on a fixed number of threads.
 *
 * <p>Work is split by {@link Parallel} into parts that depend only on the problem size and the
 * thread count, and no kernel combines partial results across parts, so every result is the same
 * bit for bit on every run (and, as it happens, for every thread count). Small tensors are
 * computed on the calling thread.
 *
 * <p>The exponential, tanh, the logistic function and SiLU, and their derivatives, are computed
 * in vectors by {@link VectorExp} and {@link VectorTanh}, within a few ulps and the same bits
 * however they run. Other elementwise functions built on log, sin and the like are computed with {@link Math},
 * element by element (see {@link ScalarMath} for why). Fast vector math
 * ({@code -Dfsnn.cpu.fastMath=true} or {@code FSNN_CPU_FAST_MATH=true}) computes them with the
 * Vector API's math library instead: several times faster and within a few ulps of {@link Math},
 * but no longer the same bits from run to run.
 */
public final class SimdBackend implements Backend {
    /** Turns fast vector math on. */
    static final String FAST_MATH_PROPERTY = "fsnn.cpu.fastMath";
    /** Turns fast vector math on when the property is unset. */
    static final String FAST_MATH_ENVIRONMENT = "FSNN_CPU_FAST_MATH";
    /** Elementwise work below this many elements per thread stays on one thread. */
    private static final int GRAIN = 1 << 14;
    /** The lanes of a vector. */
    private static final int LANES = DoubleVector.SPECIES_PREFERRED.length();
    /** Rows shorter than this, with a broadcast row or column, take {@link #shortRows}. */
    private static final int SHORT_ROW = 64;

    private final Parallel parallel;
    private final HostMemory memory;
    private final boolean fastMath;
    private final String device;

    /**
     * A backend configured by the system properties or environment: the thread count from
     * {@code -Dfsnn.cpu.threads} or {@code FSNN_CPU_THREADS} (default: every processor), fast
     * vector math from {@code -Dfsnn.cpu.fastMath} or {@code FSNN_CPU_FAST_MATH} (default off).
     */
    public SimdBackend() {
        this(Parallel.configuredThreads(), configuredFastMath());
    }

    /** A backend with {@code threads} threads, the calling thread included, and exact math. */
    public SimdBackend(int threads) {
        this(threads, false);
    }

    /**
     * A backend with {@code threads} threads, the calling thread included.
     *
     * @param fastMath compute log, sin and the like with the Vector API's math library
     */
    public SimdBackend(int threads, boolean fastMath) {
        this(threads, fastMath, new HostMemory(HostMemory.defaultPoolBytes()));
    }

    /** A backend whose tensors' arrays come from {@code memory} (tests poison reused arrays). */
    SimdBackend(int threads, boolean fastMath, HostMemory memory) {
        this.memory = memory;
        this.parallel = new Parallel(threads);
        this.fastMath = fastMath;
        this.device = CpuModel.name() + ", " + threads + (threads == 1 ? " thread, " : " threads, ")
                + DoubleVector.SPECIES_PREFERRED.vectorBitSize() + "-bit vectors" + (fastMath ? ", fast vector math" : "");
    }

    private static boolean configuredFastMath() {
        String value = System.getProperty(FAST_MATH_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(FAST_MATH_ENVIRONMENT);
        }
        return value != null && Boolean.parseBoolean(value.trim());
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String device() {
        return device;
    }

    /**
     * True: kernels keep no shared mutable state (the array pool is synchronized, GEMM workspaces
     * are per thread), and a kernel called while the pool's threads are busy runs its parts on
     * the caller (see {@link Parallel}).
     */
    @Override
    public boolean concurrent() {
        return true;
    }

    /** The number of threads kernels run on. */
    public int threads() {
        return parallel.threads();
    }

    private static double[] data(Tensor t) {
        return ((CpuBuffer) t.buffer()).data();
    }

    /** A new tensor over {@code data}, an array no other tensor holds. */
    private Tensor wrap(Shape shape, double[] data) {
        return new Tensor(this, shape, memory.own(data));
    }

    /**
     * Opens a scope whose tensors' arrays are reused by later tensors of the same size once it
     * closes (see {@link HostMemory}); tensors made outside every scope are left to the collector.
     */
    @Override
    public MemoryScope scope() {
        return memory.openScope();
    }

    // ---- creation and transfer ------------------------------------------------------------

    @Override
    public Tensor fromArray(double[] data, int... dims) {
        return wrap(KernelShapes.fromArray(data, dims), data.clone());
    }

    @Override
    public double[] toArray(Tensor t) {
        KernelShapes.owned(this, "toArray", t);
        return data(t).clone();
    }

    @Override
    public Tensor fill(Shape shape, double value) {
        double[] out = memory.allocate(shape.size());
        Arrays.fill(out, value);
        return wrap(shape, out);
    }

    // ---- elementwise ----------------------------------------------------------------------

    @Override
    public Tensor map(UnaryOp op, Tensor x, double p, double q) {
        KernelShapes.owned(this, "map", x);
        double[] in = data(x);
        double[] out = memory.allocate(in.length);
        boolean vectors = fastMath || ScalarMath.exactInVectors(op);
        parallel.range(in.length, GRAIN, (from, to) -> {
            if (vectors) {
                UnaryKernels.apply(op, in, out, from, to, p, q);
            } else {
                ScalarMath.apply(op, in, out, from, to, p, q);
            }
        });
        return wrap(x.shape(), out);
    }

    @Override
    public Tensor mapGrad(UnaryOp op, Tensor x, Tensor gy, double p, double q) {
        KernelShapes.owned(this, "mapGrad", x, gy);
        KernelShapes.same("mapGrad(" + op + ")", x, gy);
        double[] in = data(x);
        double[] g = data(gy);
        double[] out = memory.allocate(in.length);
        boolean vectors = fastMath || ScalarMath.exactDerivativeInVectors(op);
        parallel.range(in.length, GRAIN, (from, to) -> {
            if (vectors) {
                UnaryGradKernels.apply(op, in, g, out, from, to, p, q);
            } else {
                ScalarMath.derivative(op, in, g, out, from, to, p, q);
            }
        });
        return wrap(x.shape(), out);
    }

    @Override
    public Tensor zip(BinaryOp op, Tensor a, Tensor b) {
        KernelShapes.owned(this, "zip", a, b);
        Shape s = Shape.broadcast(op.name().toLowerCase(Locale.ROOT), a.shape(), b.shape());
        double[] x = data(a);
        double[] y = data(b);
        double[] out = memory.allocate(s.size());
        int size = out.length;
        if (x.length == size && y.length == size || x.length == 1 || y.length == 1) {
            // equal shapes or a scalar-like operand: one flat run
            boolean aRepeat = x.length == 1 && size > 1;
            boolean bRepeat = y.length == 1 && size > 1;
            parallel.range(size, GRAIN, (from, to) -> BinaryKernels.apply(op, x, aRepeat ? 0 : from, aRepeat, y,
                    bRepeat ? 0 : from, bRepeat, out, from, to - from));
            return wrap(s, out);
        }
        int[] d = s.padded(3);
        int[] da = a.shape().padded(3);
        int[] db = b.shape().padded(3);
        int width = d[2];
        int rows = d[0] * d[1];
        if (width < SHORT_ROW && width % LANES != 0 && rows >= 2 * LANES) {
            boolean aFull = Arrays.equals(da, d);
            boolean bFull = Arrays.equals(db, d);
            boolean aRow = bFull && da[0] * da[1] == 1;
            boolean bRow = aFull && db[0] * db[1] == 1;
            boolean aColumn = bFull && da[2] == 1 && da[0] * da[1] == rows;
            boolean bColumn = aFull && db[2] == 1 && db[0] * db[1] == rows;
            if (aRow || bRow || aColumn || bColumn) {
                return shortRows(op, x, y, aRow || aColumn, aColumn || bColumn, s, out, width, rows);
            }
        }
        boolean aRepeat = da[2] == 1 && width > 1;
        boolean bRepeat = db[2] == 1 && width > 1;
        parallel.range(rows, Math.max(1, GRAIN / width), (from, to) -> {
            for (int r = from; r < to; r++) {
                int i = r / d[1];
                int j = r - i * d[1];
                BinaryKernels.apply(op, x, rowStart(da, i, j), aRepeat, y, rowStart(db, i, j), bRepeat, out, r * width,
                        width);
            }
        });
        return wrap(s, out);
    }

    /**
     * {@link #zip} of a full operand with short rows and a broadcast one: either one row repeated
     * down the rows (a bias of a narrow layer) or one value per row (a per-sample ε). The broadcast
     * operand is laid out as it would be full for one vector length of rows at a time, and the two
     * are combined in flat runs of whole vectors instead of one short, mostly masked run per row.
     * Rows beyond the last whole run are combined one by one.
     *
     * @param aSmall whether {@code x} is the broadcast operand (else {@code y})
     * @param column whether it holds one value per row (else one row)
     */
    private Tensor shortRows(BinaryOp op, double[] x, double[] y, boolean aSmall, boolean column, Shape s, double[] out,
            int width, int rows) {
        double[] small = aSmall ? x : y;
        double[] full = aSmall ? y : x;
        int run = width * LANES;
        int runs = rows / LANES;
        double[] rowPattern = column ? null : new double[run];
        for (int r = 0; !column && r < LANES; r++) {
            System.arraycopy(small, 0, rowPattern, r * width, width);
        }
        parallel.range(runs, Math.max(1, GRAIN / run), (from, to) -> {
            double[] pattern = column ? new double[run] : rowPattern;
            for (int c = from; c < to; c++) {
                for (int r = 0; column && r < LANES; r++) {
                    Arrays.fill(pattern, r * width, (r + 1) * width, small[c * LANES + r]);
                }
                int at = c * run;
                BinaryKernels.apply(op, aSmall ? pattern : full, aSmall ? 0 : at, false, aSmall ? full : pattern,
                        aSmall ? at : 0, false, out, at, run);
            }
        });
        for (int r = runs * LANES; r < rows; r++) {
            int at = r * width;
            int smallAt = column ? r : 0;
            BinaryKernels.apply(op, x, aSmall ? smallAt : at, aSmall && column, y, aSmall ? at : smallAt, !aSmall && column,
                    out, at, width);
        }
        return wrap(s, out);
    }

    /** The offset of row (i, j) of a padded shape, with size-1 axes broadcast. */
    private static int rowStart(int[] dims, int i, int j) {
        int ii = dims[0] == 1 ? 0 : i;
        int jj = dims[1] == 1 ? 0 : j;
        return (ii * dims[1] + jj) * dims[2];
    }

    // ---- reductions -----------------------------------------------------------------------

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int axis) {
        KernelShapes.owned(this, "reduce", x);
        Shape s = KernelShapes.reduce("reduce(" + op + ")", x, axis);
        int ax = x.shape().normalizeAxis(axis);
        int[] dims = x.shape().dims();
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= dims[i];
        }
        int len = dims[ax];
        int inner = x.size() / outer / len;
        double[] in = data(x);
        double[] out = memory.allocateZeroed(outer * inner);
        if (inner == 1) {
            parallel.range(outer, Math.max(1, GRAIN / len), (from, to) -> Reductions.lastAxis(op, in, len, out, from, to));
        } else {
            int grain = Math.max(DoubleVector.SPECIES_PREFERRED.length(), GRAIN / len);
            parallel.range(out.length, grain, DoubleVector.SPECIES_PREFERRED.length(),
                    (from, to) -> Reductions.innerAxis(op, in, len, inner, out, from, to));
        }
        return wrap(s, out);
    }

    // ---- linear algebra -------------------------------------------------------------------

    @Override
    public Tensor gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
        KernelShapes.owned(this, "gemm", a, b, c);
        Shape s = KernelShapes.gemm(transA, transB, a, b, c);
        int m = s.dim(0);
        int n = s.dim(1);
        int k = transA ? a.dim(0) : a.dim(1);
        // an empty inner size sums nothing: the product is zero
        double[] out = k == 0 ? memory.allocateZeroed(m * n) : memory.allocate(m * n);
        Gemm.multiply(parallel, operand(a, 0, transA), operand(b, 0, transB), m, n, k, out, 0);
        if (alpha != 1 || c != null) {
            double[] cd = c == null ? null : data(c);
            parallel.range(out.length, GRAIN, (from, to) -> Scaling.axpby(alpha, out, beta, cd, from, to));
        }
        return wrap(s, out);
    }

    private static Gemm.Operand operand(Tensor t, int offset, boolean trans) {
        return new Gemm.Operand(data(t), offset, t.dim(-1), trans);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transA, boolean transB) {
        KernelShapes.owned(this, "matmul", a, b);
        Shape s = KernelShapes.matmul(a, b, transA, transB);
        int m = s.dim(-2);
        int n = s.dim(-1);
        int k = a.dim(transA ? -2 : -1);
        // an empty inner size sums nothing: the product is zero
        double[] out = k == 0 ? memory.allocateZeroed(s.size()) : memory.allocate(s.size());
        if (a.rank() == 2 && b.rank() == 2 || a.rank() == 3 && b.rank() == 2 && !transA) {
            // one GEMM: a batch times a shared matrix is a taller matrix times it
            int rows = a.rank() == 3 ? a.dim(0) * m : m;
            Gemm.multiply(parallel, operand(a, 0, transA), operand(b, 0, transB), rows, n, k, out, 0);
            return wrap(s, out);
        }
        int batch = s.dim(0);
        int aStride = a.rank() == 3 ? a.dim(1) * a.dim(2) : 0;
        int bStride = b.rank() == 3 ? b.dim(1) * b.dim(2) : 0;
        double[] ad = data(a);
        double[] bd = data(b);
        long work = (long) m * n * k;
        Parallel serial = work >= 32 * 32 * 32 ? new Parallel(1) : null;
        parallel.range(batch, (int) Math.max(1, GRAIN / work), (from, to) -> {
            double[] scratch = new double[k * n];
            for (int p = from; p < to; p++) {
                if (serial != null) {
                    Gemm.multiply(serial, new Gemm.Operand(ad, p * aStride, a.dim(-1), transA),
                            new Gemm.Operand(bd, p * bStride, b.dim(-1), transB), m, n, k, out, p * m * n);
                } else {
                    BatchedProducts.matmul(ad, p * aStride, transA, bd, p * bStride, transB, m, n, k, out, p * m * n, scratch);
                }
            }
        });
        return wrap(s, out);
    }

    @Override
    public Tensor matvec(Tensor a, Tensor x, boolean transA) {
        KernelShapes.owned(this, "matvec", a, x);
        Shape s = KernelShapes.matvec(a, x, transA);
        int batch = s.dim(0);
        int m = s.dim(1);
        int k = x.dim(1);
        // an empty inner size sums nothing: the product is zero
        double[] out = k == 0 ? memory.allocateZeroed(s.size()) : memory.allocate(s.size());
        if (a.rank() == 2) {
            // a shared matrix: Y = X · op(A)ᵀ, one GEMM
            Gemm.multiply(parallel, operand(x, 0, false), operand(a, 0, !transA), batch, m, k, out, 0);
            return wrap(s, out);
        }
        double[] ad = data(a);
        double[] xd = data(x);
        parallel.range(batch, Math.max(1, GRAIN / (m * k)), (from, to) -> {
            for (int p = from; p < to; p++) {
                BatchedProducts.matvec(ad, p * m * k, transA, m, k, xd, p * k, out, p * m);
            }
        });
        return wrap(s, out);
    }

    @Override
    public Tensor transpose(Tensor x) {
        KernelShapes.owned(this, "transpose", x);
        Shape s = KernelShapes.transpose(x);
        int rows = x.dim(-2);
        int cols = x.dim(-1);
        int batch = x.rank() == 3 ? x.dim(0) : 1;
        double[] in = data(x);
        double[] out = memory.allocate(in.length);
        if (batch == 1) {
            parallel.range(rows, Math.max(1, GRAIN / cols), (from, to) -> Layouts.transpose(in, 0, rows, cols, out, from, to));
        } else {
            parallel.range(batch, Math.max(1, GRAIN / (rows * cols)), (from, to) -> {
                for (int p = from; p < to; p++) {
                    Layouts.transpose(in, p * rows * cols, rows, cols, out, 0, rows);
                }
            });
        }
        return wrap(s, out);
    }

    @Override
    public Tensor solveBlockUpper(Tensor t, Tensor r, BlockLayout layout, boolean transpose) {
        KernelShapes.owned(this, "solveBlockUpper", t, r);
        Shape s = KernelShapes.solveBlockUpper(t, r, layout);
        int n = layout.order();
        int batch = r.dim(0);
        int tStride = t.rank() == 3 ? n * n : 0;
        double[] td = data(t);
        double[] rd = data(r);
        double[] out = memory.allocate(s.size());
        parallel.range(batch, Math.max(1, GRAIN / (n * n)), (from, to) -> {
            for (int p = from; p < to; p++) {
                BlockSubstitution.solve(td, p * tStride, n, layout, transpose, rd, p * n, out, p * n);
            }
        });
        return wrap(s, out);
    }

    // ---- layout ---------------------------------------------------------------------------

    @Override
    public Tensor slice(Tensor x, int from, int to) {
        KernelShapes.owned(this, "slice", x);
        Shape s = KernelShapes.slice(x, from, to);
        int w = x.dim(-1);
        int nw = to - from;
        double[] in = data(x);
        double[] out = memory.allocate(s.size());
        parallel.range(out.length / nw, Math.max(1, GRAIN / nw), (r0, r1) -> Layouts.copyRows(in, r0 * w + from, w, out,
                r0 * nw, nw, nw, r1 - r0));
        return wrap(s, out);
    }

    @Override
    public Tensor concat(List<Tensor> parts) {
        KernelShapes.owned(this, "concat", parts.toArray(Tensor[]::new));
        Shape s = KernelShapes.concat(parts);
        int w = s.last();
        int rows = s.size() / w;
        double[] out = memory.allocate(s.size());
        parallel.range(rows, Math.max(1, GRAIN / w), (r0, r1) -> {
            int col = 0;
            for (Tensor p : parts) {
                int pw = p.dim(-1);
                Layouts.copyRows(data(p), r0 * pw, pw, out, r0 * w + col, w, pw, r1 - r0);
                col += pw;
            }
        });
        return wrap(s, out);
    }

    @Override
    public Tensor gatherLast(Tensor x, int[] index) {
        KernelShapes.owned(this, "gatherLast", x);
        Shape s = KernelShapes.gatherLast(x, index);
        int w = x.dim(-1);
        int rows = x.size() / w;
        double[] in = data(x);
        double[] out = memory.allocate(s.size());
        int[] idx = index.clone();
        parallel.range(rows, Math.max(1, GRAIN / idx.length), (r0, r1) -> Layouts.gatherLast(in, w, idx, out, r0, r1));
        return wrap(s, out);
    }

    @Override
    public Tensor scatterAddLast(Tensor x, int[] index, int width) {
        KernelShapes.owned(this, "scatterAddLast", x);
        Shape s = KernelShapes.scatterAddLast(x, index, width);
        int w = x.dim(-1);
        int rows = x.size() / w;
        double[] in = data(x);
        double[] out = memory.allocateZeroed(s.size());
        int[] idx = index.clone();
        parallel.range(rows, Math.max(1, GRAIN / w), (r0, r1) -> Layouts.scatterAddLast(in, w, idx, width, out, r0, r1));
        return wrap(s, out);
    }

    @Override
    public Tensor gatherRows(Tensor x, int[] rows) {
        KernelShapes.owned(this, "gatherRows", x);
        Shape s = KernelShapes.gatherRows(x, rows);
        int row = x.size() / x.dim(0);
        double[] in = data(x);
        double[] out = memory.allocate(s.size());
        int[] idx = rows.clone();
        parallel.range(idx.length, Math.max(1, GRAIN / row), (r0, r1) -> {
            for (int i = r0; i < r1; i++) {
                System.arraycopy(in, idx[i] * row, out, i * row, row);
            }
        });
        return wrap(s, out);
    }

    @Override
    public Tensor scatterAddRows(Tensor x, int[] rows, int count) {
        KernelShapes.owned(this, "scatterAddRows", x);
        Shape s = KernelShapes.scatterAddRows(x, rows, count);
        int row = x.size() / x.dim(0);
        double[] in = data(x);
        double[] out = memory.allocateZeroed(s.size());
        // rows may repeat, so sum serially in the reference's order
        for (int i = 0; i < rows.length; i++) {
            BinaryKernels.apply(BinaryOp.ADD, out, rows[i] * row, false, in, i * row, false, out, rows[i] * row, row);
        }
        return wrap(s, out);
    }

    /** Stops the worker threads; the backend must not be used afterwards. */
    @Override
    public void close() {
        parallel.shutdown();
    }
}
