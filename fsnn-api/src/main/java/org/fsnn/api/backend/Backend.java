// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * A set of float64 kernels over tensors it owns: the whole of what fsnn asks of a compute device.
 *
 * <p>Every kernel works on a whole batch at once, returns a new tensor and leaves its inputs
 * unchanged. Shapes are checked by {@link KernelShapes}, so every backend rejects bad input with
 * the same message naming the kernel and the shapes. Inputs must belong to this backend.
 *
 * <p>The scalar reference backend in fsnn-api is the living definition of every kernel; the
 * conformance suite in fsnn-testkit compares each backend with it on random inputs.
 */
public interface Backend extends AutoCloseable {

    /** The provider's name, e.g. {@code cpu}. */
    String name();

    /** The device in words, e.g. {@code "AMD EPYC, 2 threads, 512-bit vectors"}. */
    String device();

    // ---- creation and transfer ------------------------------------------------------------

    /** A tensor holding a copy of {@code data} with the given dimensions. */
    Tensor fromArray(double[] data, int... dims);

    /** The elements of a tensor, row-major, copied to the heap. */
    double[] toArray(Tensor t);

    /** A tensor with every element equal to {@code value}. */
    Tensor fill(Shape shape, double value);

    /**
     * A seeded random tensor. The default draws on the host with {@link SplittableRandom}, so every
     * backend produces the same numbers for the same seed.
     */
    default Tensor random(Shape shape, Distribution distribution, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = distribution == Distribution.NORMAL ? rng.nextGaussian() : rng.nextDouble();
        }
        return fromArray(data, shape.dims());
    }

    // ---- elementwise ----------------------------------------------------------------------

    /** {@code op(x; p, q)} elementwise. */
    Tensor map(UnaryOp op, Tensor x, double p, double q);

    /** {@code gy · op′(x; p, q)} elementwise: the backward of {@link #map}; shapes must match. */
    Tensor mapGrad(UnaryOp op, Tensor x, Tensor gy, double p, double q);

    /** {@code op(a, b)} elementwise with NumPy broadcasting (see {@link Shape#broadcast}). */
    Tensor zip(BinaryOp op, Tensor a, Tensor b);

    // ---- reductions -----------------------------------------------------------------------

    /** Reduces along one axis, keeping it with size 1. */
    Tensor reduce(ReduceOp op, Tensor x, int axis);

    /**
     * Sums {@code x} down to a shape it broadcasts from: the backward of broadcasting. The default
     * reduces every axis that was broadcast, then reshapes.
     */
    default Tensor sumTo(Tensor x, Shape target) {
        Shape.broadcast("sumTo", x.shape(), target); // validates compatibility
        int rank = x.rank();
        if (target.rank() > rank || !Shape.broadcast("sumTo", x.shape(), target).equals(x.shape())) {
            throw new IllegalArgumentException("sumTo: shape " + x.shape() + " does not broadcast from " + target);
        }
        int[] padded = target.padded(rank);
        Tensor out = x;
        for (int axis = 0; axis < rank; axis++) {
            if (padded[axis] == 1 && x.dim(axis) != 1) {
                out = reduce(ReduceOp.SUM, out, axis);
            }
        }
        return out.reshape(target.dims());
    }

    // ---- linear algebra -------------------------------------------------------------------

    /**
     * {@code alpha · op(a) · op(b) + beta · c} for matrices, where {@code op} transposes when asked;
     * {@code c} may be null (then {@code beta} is ignored).
     */
    Tensor gemm(boolean transA, boolean transB, double alpha, Tensor a, Tensor b, double beta, Tensor c);

    /**
     * Batched matrix product {@code op(a) · op(b)}. Each operand is a matrix {@code [m, k]} or a
     * batch {@code [n, m, k]}; a matrix is shared by every member of the other's batch, and two
     * batches must have the same size.
     */
    Tensor matmul(Tensor a, Tensor b, boolean transA, boolean transB);

    /**
     * Batched matrix–vector product {@code op(a) · x}: {@code a} is {@code [m, k]} or
     * {@code [n, m, k]}, {@code x} is {@code [n, k]}; the result is {@code [n, m]}.
     */
    Tensor matvec(Tensor a, Tensor x, boolean transA);

    /** Swaps the last two axes of a matrix or a batch of matrices. */
    Tensor transpose(Tensor x);

    /**
     * Solves {@code op(t) · y = r} for a block upper-triangular {@code t} (1×1 or 2×2 diagonal
     * blocks, see {@link BlockLayout}) by back-substitution, or forward substitution when
     * transposed. {@code t} is {@code [n, n]} or {@code [b, n, n]}; {@code r} is {@code [b, n]}.
     * Entries below the diagonal blocks are never read.
     */
    Tensor solveBlockUpper(Tensor t, Tensor r, BlockLayout layout, boolean transpose);

    /**
     * The matrix exponential of a square matrix or batch of square matrices. The default computes
     * on the host by scaling and squaring a Taylor series to full float64 accuracy: these matrices
     * are small.
     */
    default Tensor expm(Tensor a) {
        Shape s = KernelShapes.square("expm", a);
        double[] data = toArray(a);
        int n = s.last();
        int batch = a.rank() == 3 ? a.dim(0) : 1;
        double[] out = new double[data.length];
        for (int m = 0; m < batch; m++) {
            MatrixExponential.compute(data, m * n * n, n, out, m * n * n);
        }
        return fromArray(out, s.dims());
    }

    // ---- layout ---------------------------------------------------------------------------

    /** The columns {@code [from, to)} of the last axis. */
    Tensor slice(Tensor x, int from, int to);

    /** Joins tensors along the last axis; every other axis must agree. */
    Tensor concat(List<Tensor> parts);

    /**
     * Picks along the last axis: {@code out[..., j] = x[..., index[j]]}, or 0 where
     * {@code index[j] < 0}. Builds structured matrices from network outputs.
     */
    Tensor gatherLast(Tensor x, int[] index);

    /**
     * The backward of {@link #gatherLast}: {@code out[..., index[j]] += x[..., j]} for
     * {@code index[j] >= 0}, into a last axis of size {@code width}.
     */
    Tensor scatterAddLast(Tensor x, int[] index, int width);

    /** Picks rows along axis 0: {@code out[i] = x[rows[i]]}. */
    Tensor gatherRows(Tensor x, int[] rows);

    /** The backward of {@link #gatherRows}: {@code out[rows[i]] += x[i]}, with {@code count} rows. */
    Tensor scatterAddRows(Tensor x, int[] rows, int count);

    // ---- memory ---------------------------------------------------------------------------

    /**
     * Opens a scope that frees, on close, the buffers this backend allocates inside it on the
     * calling thread, except those it {@linkplain MemoryScope#keep keeps}. Backends with device
     * memory, or that reuse freed memory, override this; the default, for backends that leave
     * every tensor to the garbage collector, is {@link MemoryScope#none()}.
     */
    default MemoryScope scope() {
        return MemoryScope.none();
    }

    /**
     * Whether several threads may run operations on this backend at the same time, each on its own
     * tensors (tensors themselves are immutable and may be shared for reading). Callers that could
     * split work across threads, such as a data-parallel training step, run it on one thread when
     * this is false. The default is false.
     */
    default boolean concurrent() {
        return false;
    }

    /** Releases what {@link BackendProvider#open()} acquired; host backends do nothing. */
    @Override
    default void close() {}
}
