// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.tensor;

import org.fsnn.api.backend.Backend;

/**
 * An immutable dense float64 tensor of rank 1 to 3, row-major, whose storage belongs to a
 * {@link Backend}. Axis 0 is the batch.
 *
 * <p>A tensor is a value: every operation returns a new one. Computation lives on the backend
 * ({@link Backend}) and, differentiably, in {@code org.fsnn.api.autodiff}.
 */
public final class Tensor {
    private final Shape shape;
    private final Backend backend;
    private final Buffer buffer;

    /**
     * Wraps a backend's buffer; for backend implementations. Users make tensors with
     * {@link Backend#fromArray(double[], int...)} and friends.
     *
     * @throws IllegalArgumentException if the buffer's length is not the shape's size
     */
    public Tensor(Backend backend, Shape shape, Buffer buffer) {
        if (buffer.length() != shape.size()) {
            throw new IllegalArgumentException("buffer of " + buffer.length() + " elements cannot hold shape " + shape);
        }
        this.backend = backend;
        this.shape = shape;
        this.buffer = buffer;
    }

    /** The dimensions. */
    public Shape shape() {
        return shape;
    }

    /** The number of axes. */
    public int rank() {
        return shape.rank();
    }

    /** The size of an axis; negative axes count from the end. */
    public int dim(int axis) {
        return shape.dim(axis);
    }

    /** The number of elements. */
    public int size() {
        return shape.size();
    }

    /** The backend that owns the storage. */
    public Backend backend() {
        return backend;
    }

    /** The storage; only the owning backend interprets it. */
    public Buffer buffer() {
        return buffer;
    }

    /** The elements, row-major, copied to the heap. */
    public double[] toArray() {
        return backend.toArray(this);
    }

    /** The only element of a one-element tensor. */
    public double item() {
        if (size() != 1) {
            throw new IllegalArgumentException("item: tensor of shape " + shape + " has " + size() + " elements, not 1");
        }
        return toArray()[0];
    }

    /** The same elements seen with another shape of the same size; shares storage. */
    public Tensor reshape(int... dims) {
        Shape target = Shape.of(dims);
        if (target.size() != shape.size()) {
            throw new IllegalArgumentException("reshape: cannot view shape " + shape + " as " + target);
        }
        return new Tensor(backend, target, buffer);
    }

    @Override
    public String toString() {
        return "Tensor" + shape + "@" + backend.name();
    }
}
