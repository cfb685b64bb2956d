// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.tensor;

import java.util.Arrays;

/**
 * The dimensions of a dense row-major tensor of rank 1 to 3; axis 0 is the batch.
 *
 * <p>Immutable. Broadcasting follows NumPy: shapes are aligned on the right, and each pair of
 * dimensions must be equal or one of them 1.
 */
public final class Shape {
    /** The largest supported rank. */
    public static final int MAX_RANK = 3;

    private final int[] dims;
    /** The product of the dimensions, kept because every kernel asks for it. */
    private final int size;

    private Shape(int[] dims) {
        if (dims.length < 1 || dims.length > MAX_RANK) {
            throw new IllegalArgumentException("tensor rank must be 1 to " + MAX_RANK + ", got " + dims.length
                    + " for shape " + Arrays.toString(dims));
        }
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("every dimension must be positive, got " + Arrays.toString(dims));
            }
        }
        this.dims = dims;
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tensor shape " + Arrays.toString(dims) + " has more than 2^31-1 elements");
        }
        this.size = (int) n;
    }

    /** A shape with these dimensions. */
    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    /** The number of axes, 1 to 3. */
    public int rank() {
        return dims.length;
    }

    /** The size of an axis; negative axes count from the end. */
    public int dim(int axis) {
        return dims[normalizeAxis(axis)];
    }

    /** The size of the last axis (the feature axis). */
    public int last() {
        return dims[dims.length - 1];
    }

    /** The number of elements. */
    public int size() {
        return size;
    }

    /** A copy of the dimensions. */
    public int[] dims() {
        return dims.clone();
    }

    /** This shape with one axis replaced. */
    public Shape with(int axis, int size) {
        int[] d = dims.clone();
        d[normalizeAxis(axis)] = size;
        return new Shape(d);
    }

    /** An axis in {@code [0, rank)}, from one that may count from the end. */
    public int normalizeAxis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new IllegalArgumentException("axis " + axis + " is out of range for shape " + this);
        }
        return a;
    }

    /**
     * The NumPy broadcast of two shapes.
     *
     * @param op the operation's name, for the error message
     * @throws IllegalArgumentException naming the op and both shapes when they do not broadcast
     */
    public static Shape broadcast(String op, Shape a, Shape b) {
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.rank() ? 1 : a.dims[i - (rank - a.rank())];
            int db = i < rank - b.rank() ? 1 : b.dims[i - (rank - b.rank())];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + a + " and " + b + " do not broadcast");
            }
            out[i] = Math.max(da, db);
        }
        return new Shape(out);
    }

    /**
     * The dimensions of this shape padded on the left with ones to {@code rank}: the shape as seen
     * by a broadcast to a tensor of that rank.
     */
    public int[] padded(int rank) {
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        System.arraycopy(dims, 0, out, rank - dims.length, dims.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
