// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.lang.ref.Cleaner;
import org.fsnn.api.tensor.Buffer;
import org.jocl.cl_mem;

/**
 * Float64 storage in an OpenCL device buffer ({@code cl_mem}): the buffer behind every tensor of
 * the {@link OpenClBackend}. Its contents never come to the host except through
 * {@code toArray}.
 *
 * <p>The device memory is freed exactly once: by {@link #release()}, by the memory scope
 * it was allocated in, by the backend's {@code close()}, or, as a safety net, by a
 * {@link Cleaner} once the buffer is unreachable. Using a released buffer fails with a clear
 * message instead of touching freed memory.
 */
final class ClBuffer implements Buffer {
    private final DeviceMemory.Allocation allocation;
    private final Cleaner.Cleanable cleanable;
    private final int length;

    ClBuffer(DeviceMemory.Allocation allocation, Cleaner cleaner, int length) {
        this.allocation = allocation;
        this.length = length;
        this.cleanable = cleaner.register(this, allocation);
    }

    @Override
    public int length() {
        return length;
    }

    /** The device buffer, for kernel arguments. */
    cl_mem mem() {
        if (allocation.released()) {
            throw new IllegalStateException("opencl: a tensor of " + length
                    + " elements was used after its device buffer was released (by release(), a closed scope, or close())");
        }
        return allocation.mem();
    }

    /** Whether the device memory has been freed. */
    boolean released() {
        return allocation.released();
    }

    /** Frees the device memory now; later calls do nothing. */
    @Override
    public void release() {
        cleanable.clean();
    }
}
