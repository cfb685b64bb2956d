// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.List;
import java.util.Locale;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.KernelShapes;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.backend.OwningScopes;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.jocl.cl_mem;

/**
 * The {@link Backend} kernels in OpenCL C, float64, on one device.
 *
 * <p>Tensors live in device buffers ({@code cl_mem}) from {@link #fromArray} to {@link #toArray}:
 * kernels read and write device memory only, and run in order on one queue. The kernels
 * ({@code .cl} resources of this package, compiled once when the backend opens) follow the scalar
 * reference backend's definitions and its order of operations, without fused multiply-adds, so
 * arithmetic kernels agree with it to the last bit; transcendental functions differ by a few
 * units in the last place, and reductions over a long axis with few outputs add in chunks.
 * {@code random} draws on the host, so every backend produces the same numbers; {@code expm}
 * computes its small matrices on the host.
 *
 * <h2>Device memory</h2>
 * Every kernel allocates its result. Device memory is freed deterministically by
 * {@link org.fsnn.api.tensor.Buffer#release()} on a tensor's buffer, or in bulk by a
 * {@link #scope()}: everything allocated inside it on the calling thread is freed when it closes,
 * except what it {@linkplain MemoryScope#keep keeps}. {@link #close()} frees everything still
 * live; buffers that become unreachable are freed by a {@link java.lang.ref.Cleaner} as a safety
 * net. {@link #liveBuffers()} and {@link #liveBytes()} count the buffers not yet freed.
 */
public final class OpenClBackend implements Backend {
    /** Work-items enough to occupy a device: reductions with fewer outputs split their axis. */
    private static final int PARALLEL_ITEMS = 16384;
    /** The shortest chunk a split reduction gives one work-item. */
    private static final int MIN_CHUNK = 32;

    private final DeviceInfo info;
    private final ClRuntime runtime;
    private final DeviceMemory memory;

    OpenClBackend(DeviceInfo info) {
        this.info = info;
        this.runtime = new ClRuntime(info);
        this.memory = runtime.memory();
    }

    @Override
    public String name() {
        return "opencl";
    }

    /** The device's name, platform, global memory and fp64 support. */
    @Override
    public String device() {
        return info.describe() + ", " + runtime.gemmBlocking();
    }

    /** Opens a scope that frees, on close, the buffers allocated inside it on this thread. */
    @Override
    public OwningScopes.Scope<ClBuffer> scope() {
        return memory.openScope();
    }

    /** The number of device buffers allocated by this backend and not yet freed. */
    public int liveBuffers() {
        return memory.live();
    }

    /** The bytes of the device buffers allocated by this backend and not yet freed. */
    public long liveBytes() {
        return memory.liveBytes();
    }

    private static ClBuffer buffer(Tensor t) {
        return (ClBuffer) t.buffer();
    }

    private Tensor allocate(Shape shape) {
        return new Tensor(this, shape, memory.allocate(shape.size()));
    }

    // ---- creation and transfer ------------------------------------------------------------

    @Override
    public Tensor fromArray(double[] data, int... dims) {
        Shape s = KernelShapes.fromArray(data, dims);
        return new Tensor(this, s, memory.upload(data));
    }

    @Override
    public double[] toArray(Tensor t) {
        KernelShapes.owned(this, "toArray", t);
        return runtime.read(buffer(t));
    }

    @Override
    public Tensor fill(Shape shape, double value) {
        Tensor out = allocate(shape);
        runtime.launch("fill", shape.size(), shape.size(), value, buffer(out));
        return out;
    }

    // ---- elementwise ----------------------------------------------------------------------

    @Override
    public Tensor map(UnaryOp op, Tensor x, double p, double q) {
        KernelShapes.owned(this, "map", x);
        Tensor out = allocate(x.shape());
        runtime.launch("map", x.size(), x.size(), op.ordinal(), p, q, buffer(x), buffer(out));
        return out;
    }

    @Override
    public Tensor mapGrad(UnaryOp op, Tensor x, Tensor gy, double p, double q) {
        KernelShapes.owned(this, "mapGrad", x, gy);
        KernelShapes.same("mapGrad(" + op + ")", x, gy);
        Tensor out = allocate(x.shape());
        runtime.launch("map_grad", x.size(), x.size(), op.ordinal(), p, q, buffer(x), buffer(gy), buffer(out));
        return out;
    }

    @Override
    public Tensor zip(BinaryOp op, Tensor a, Tensor b) {
        KernelShapes.owned(this, "zip", a, b);
        Shape s = Shape.broadcast(op.name().toLowerCase(Locale.ROOT), a.shape(), b.shape());
        int[] d = s.padded(3);
        int[] da = a.shape().padded(3);
        int[] db = b.shape().padded(3);
        Tensor out = allocate(s);
        runtime.launch("zip", s.size(), op.ordinal(), d[0], d[1], d[2], da[0], da[1], da[2], db[0], db[1], db[2], buffer(a),
                buffer(b), buffer(out));
        return out;
    }

    // ---- reductions -----------------------------------------------------------------------

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int axis) {
        KernelShapes.owned(this, "reduce", x);
        Shape s = KernelShapes.reduce("reduce(" + op + ")", x, axis);
        int ax = x.shape().normalizeAxis(axis);
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= x.dim(i);
        }
        int inner = 1;
        for (int i = ax + 1; i < x.rank(); i++) {
            inner *= x.dim(i);
        }
        int len = x.dim(ax);
        Tensor out = allocate(s);
        int chunks = chunks(outer * inner, len);
        if (chunks == 1) {
            runtime.launch("reduce", s.size(), op.ordinal(), outer, len, inner, len, (double) len, buffer(x), buffer(out));
            return out;
        }
        // Few outputs over a long axis: reduce chunks in parallel, then the partial results.
        int chunk = (len + chunks - 1) / chunks;
        chunks = (len + chunk - 1) / chunk;
        ClBuffer partial = memory.scratch(outer * chunks * inner);
        ReduceOp first = op == ReduceOp.MEAN ? ReduceOp.SUM : op;
        runtime.launch("reduce", outer * chunks * inner, first.ordinal(), outer, len, inner, chunk, 1.0, buffer(x), partial);
        runtime.launch("reduce", s.size(), op.ordinal(), outer, chunks, inner, chunks, (double) len, partial, buffer(out));
        partial.release(); // OpenCL frees it once the queued kernels are done with it
        return out;
    }

    /** How many chunks to split a reduction of {@code len} into, for {@code outputs} outputs. */
    private static int chunks(int outputs, int len) {
        if (len < 2 * MIN_CHUNK || outputs >= PARALLEL_ITEMS) {
            return 1;
        }
        return Math.max(1, Math.min(len / MIN_CHUNK, PARALLEL_ITEMS / outputs));
    }

    // ---- linear algebra -------------------------------------------------------------------

    @Override
    public Tensor gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
        KernelShapes.owned(this, "gemm", a, b, c);
        Shape s = KernelShapes.gemm(transA, transB, a, b, c);
        int k = transA ? a.dim(0) : a.dim(1);
        Tensor out = allocate(s);
        product(s.dim(0), s.dim(1), k, 1, a, 0, transA, b, 0, transB, c, alpha, beta, out);
        return out;
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transA, boolean transB) {
        KernelShapes.owned(this, "matmul", a, b);
        Shape s = KernelShapes.matmul(a, b, transA, transB);
        int k = a.dim(transA ? -2 : -1);
        int batch = s.rank() == 3 ? s.dim(0) : 1;
        int aStride = a.rank() == 3 ? a.dim(1) * a.dim(2) : 0;
        int bStride = b.rank() == 3 ? b.dim(1) * b.dim(2) : 0;
        Tensor out = allocate(s);
        product(s.dim(-2), s.dim(-1), k, batch, a, aStride, transA, b, bStride, transB, null, 1, 0, out);
        return out;
    }

    /**
     * {@code out[z] = alpha · op(a[z]) · op(b[z]) (+ beta · c)}: the tiled kernel when the output
     * fills at least a quarter of a work-group's block, else one work-item per output element.
     */
    private void product(int m, int n, int k, int batch, Tensor a, int aStride, boolean transA, Tensor b, int bStride,
            boolean transB, Tensor c, double alpha, double beta, Tensor out) {
        Object[] args = {batch, m, n, k, buffer(a), aStride, a.dim(-1), transA, buffer(b), bStride, b.dim(-1), transB,
            c == null ? buffer(out) : buffer(c), c != null, alpha, beta, buffer(out)};
        int half = runtime.gemmEdge() / 2;
        if (m >= half && n >= half) {
            runtime.launchGemm(m, n, batch, args);
        } else {
            runtime.launch("gemm_small", batch * m * n, args);
        }
    }

    @Override
    public Tensor matvec(Tensor a, Tensor x, boolean transA) {
        KernelShapes.owned(this, "matvec", a, x);
        Shape s = KernelShapes.matvec(a, x, transA);
        Tensor out = allocate(s);
        int m = s.dim(1);
        int k = x.dim(1);
        if (a.rank() == 2) {
            // One matrix for the whole batch: out = x · op(a)ᵀ, a GEMM.
            product(s.dim(0), m, k, 1, x, 0, false, a, 0, !transA, null, 1, 0, out);
        } else {
            runtime.launch("matvec", s.size(), s.dim(0), m, k, buffer(a), a.dim(-1), transA, buffer(x), buffer(out));
        }
        return out;
    }

    @Override
    public Tensor transpose(Tensor x) {
        KernelShapes.owned(this, "transpose", x);
        Shape s = KernelShapes.transpose(x);
        int batch = x.rank() == 3 ? x.dim(0) : 1;
        Tensor out = allocate(s);
        runtime.launch("transpose", x.size(), batch, x.dim(-2), x.dim(-1), buffer(x), buffer(out));
        return out;
    }

    @Override
    public Tensor solveBlockUpper(Tensor t, Tensor r, BlockLayout layout, boolean transpose) {
        KernelShapes.owned(this, "solveBlockUpper", t, r);
        Shape s = KernelShapes.solveBlockUpper(t, r, layout);
        int n = layout.order();
        int[] sizes = layout.sizes();
        Tensor out = allocate(s);
        cl_mem sizesMem = memory.uploadIndices(sizes);
        cl_mem startsMem = memory.uploadIndices(layout.starts());
        try {
            runtime.launch("solve_block_upper", r.dim(0), r.dim(0), n, sizes.length, transpose, sizesMem, startsMem,
                    buffer(t), t.rank() == 3 ? n * n : 0, buffer(r), buffer(out));
        } finally {
            ClRuntime.releaseIndices(sizesMem);
            ClRuntime.releaseIndices(startsMem);
        }
        return out;
    }

    // ---- layout ---------------------------------------------------------------------------

    @Override
    public Tensor slice(Tensor x, int from, int to) {
        KernelShapes.owned(this, "slice", x);
        Shape s = KernelShapes.slice(x, from, to);
        Tensor out = allocate(s);
        int rows = x.size() / x.dim(-1);
        copyColumns(rows, to - from, x, from, out, 0);
        return out;
    }

    @Override
    public Tensor concat(List<Tensor> parts) {
        KernelShapes.owned(this, "concat", parts.toArray(Tensor[]::new));
        Shape s = KernelShapes.concat(parts);
        Tensor out = allocate(s);
        int rows = s.size() / s.last();
        int col = 0;
        for (Tensor p : parts) {
            copyColumns(rows, p.dim(-1), p, 0, out, col);
            col += p.dim(-1);
        }
        return out;
    }

    private void copyColumns(int rows, int cols, Tensor in, int inOffset, Tensor out, int outOffset) {
        runtime.launch("copy_columns", rows * cols, rows, cols, buffer(in), in.dim(-1), inOffset, buffer(out), out.dim(-1),
                outOffset);
    }

    @Override
    public Tensor gatherLast(Tensor x, int[] index) {
        KernelShapes.owned(this, "gatherLast", x);
        Shape s = KernelShapes.gatherLast(x, index);
        int w = x.dim(-1);
        return gatherSum(x, s, IndexLists.gather(index), x.size() / w, index.length, index.length, 1, w, 1);
    }

    @Override
    public Tensor scatterAddLast(Tensor x, int[] index, int width) {
        KernelShapes.owned(this, "scatterAddLast", x);
        Shape s = KernelShapes.scatterAddLast(x, index, width);
        int w = x.dim(-1);
        return gatherSum(x, s, IndexLists.invert(index, width), x.size() / w, width, width, 1, w, 1);
    }

    @Override
    public Tensor gatherRows(Tensor x, int[] rows) {
        KernelShapes.owned(this, "gatherRows", x);
        Shape s = KernelShapes.gatherRows(x, rows);
        int row = x.size() / x.dim(0);
        return gatherSum(x, s, IndexLists.gather(rows), row, rows.length, 1, row, 1, row);
    }

    @Override
    public Tensor scatterAddRows(Tensor x, int[] rows, int count) {
        KernelShapes.owned(this, "scatterAddRows", x);
        Shape s = KernelShapes.scatterAddRows(x, rows, count);
        int row = x.size() / x.dim(0);
        return gatherSum(x, s, IndexLists.invert(rows, count), row, count, 1, row, 1, row);
    }

    /**
     * The {@code gather_sum} kernel: {@code out[a, c] = Σ in[a·ia + src·is]} over the sources of
     * output column {@code c}, with {@code out} dense at strides {@code oa} and {@code oc}.
     */
    private Tensor gatherSum(Tensor x, Shape s, IndexLists sources, int na, int nc, int oa, int oc, int ia, int is) {
        Tensor out = allocate(s);
        cl_mem offsets = memory.uploadIndices(sources.offsets());
        cl_mem indices = memory.uploadIndices(sources.sources());
        try {
            runtime.launch("gather_sum", s.size(), na, nc, oa, oc, ia, is, offsets, indices, buffer(x), buffer(out));
        } finally {
            ClRuntime.releaseIndices(offsets);
            ClRuntime.releaseIndices(indices);
        }
        return out;
    }

    /** Frees every device buffer still live, the kernels, the queue and the context. */
    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "OpenClBackend[" + device() + "]";
    }
}
