// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Float64 arrays by name, in insertion order: what the export formats write. Each array has a
 * shape (row-major) whose product is its length.
 */
public final class NamedArrays {

    /**
     * One array.
     *
     * @param shape the dimensions, row-major; empty for a scalar
     * @param data the values, as many as the product of the shape
     */
    public record Array(int[] shape, double[] data) {
        /** Validates the shape against the data and copies both. */
        public Array {
            long n = 1;
            for (int s : shape) {
                if (s < 0) {
                    throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
                }
                n *= s;
            }
            if (n != data.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n
                        + " values, got " + data.length);
            }
            shape = shape.clone();
            data = data.clone();
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public double[] data() {
            return data.clone();
        }
    }

    private final Map<String, Array> arrays = new LinkedHashMap<>();

    /** An empty collection. */
    public NamedArrays() {
    }

    /**
     * Adds an array.
     *
     * @throws IllegalArgumentException for a duplicate or empty name
     */
    public NamedArrays put(String name, int[] shape, double[] data) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an exported array needs a name");
        }
        if (arrays.putIfAbsent(name, new Array(shape, data)) != null) {
            throw new IllegalArgumentException("duplicate exported array '" + name + "'");
        }
        return this;
    }

    /** Adds a vector. */
    public NamedArrays put(String name, double... data) {
        return put(name, new int[] {data.length}, data);
    }

    /** The arrays by name, in insertion order. */
    public Map<String, Array> asMap() {
        return Collections.unmodifiableMap(arrays);
    }
}
