// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import org.fsnn.api.tensor.Buffer;

/**
 * The storage of a {@link SimdBackend} tensor: a {@code double[]} on the Java heap that a closing
 * scope may take back for reuse ({@link HostMemory}).
 *
 * <p>Once taken back the buffer is empty, and reading it fails with a message saying how to keep
 * the tensor, instead of returning numbers that another tensor now owns.
 */
final class CpuBuffer implements Buffer {
    private double[] data;
    private final int length;

    CpuBuffer(double[] data) {
        this.data = data;
        this.length = data.length;
    }

    @Override
    public int length() {
        return length;
    }

    /** The elements, row-major; never written after the tensor holding them is made. */
    double[] data() {
        double[] d = data;
        if (d == null) {
            throw new IllegalStateException("cpu: this tensor was freed when the MemoryScope it was made in closed;"
                    + " to use it after the scope, keep it with scope.keep(tensor)");
        }
        return d;
    }

    /** Empties the buffer and gives its array away; null if it was already taken. */
    double[] take() {
        double[] d = data;
        data = null;
        return d;
    }
}
