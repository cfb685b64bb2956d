// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.tensor;

/**
 * Float64 storage in the Java heap, shared by the CPU backends.
 *
 * <p>The array is never written after the tensor that holds it is made: tensors are immutable.
 *
 * @param data the elements, row-major
 */
public record HostBuffer(double[] data) implements Buffer {
    @Override
    public int length() {
        return data.length;
    }
}
