// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.jocl.CL.CL_MEM_COPY_HOST_PTR;
import static org.jocl.CL.CL_MEM_OBJECT_ALLOCATION_FAILURE;
import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_OUT_OF_RESOURCES;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clReleaseMemObject;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.fsnn.api.backend.OwningScopes;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_context;
import org.jocl.cl_mem;

/**
 * Allocates, tracks and frees the device buffers of one OpenCL context.
 *
 * <p>Every live allocation is in one set, so {@link #live()} and {@link #liveBytes()} count them and {@link #releaseAll()}
 * frees them when the backend closes. A buffer allocated while a scope ({@link OwningScopes}) is
 * open on the allocating thread belongs to the innermost such scope, which frees it on close unless
 * it was kept. Unreachable buffers are freed by a {@link Cleaner}; since the garbage collector does not
 * see device memory, a failed allocation first collects garbage and retries once.
 */
final class DeviceMemory {
    private static final Cleaner CLEANER = Cleaner.create();

    private final cl_context context;
    private final Set<Allocation> live = ConcurrentHashMap.newKeySet();
    private final OwningScopes<ClBuffer> scopes = new OwningScopes<>(ClBuffer.class, ClBuffer::release);
    private volatile boolean closed;

    DeviceMemory(cl_context context) {
        this.context = context;
    }

    /** One device allocation: the cleaning action behind a {@link ClBuffer}, run at most once. */
    static final class Allocation implements Runnable {
        private final cl_mem mem;
        private final long bytes;
        private final Set<Allocation> live;
        private final AtomicBoolean released = new AtomicBoolean();

        Allocation(cl_mem mem, long bytes, Set<Allocation> live) {
            this.mem = mem;
            this.bytes = bytes;
            this.live = live;
        }

        cl_mem mem() {
            return mem;
        }

        boolean released() {
            return released.get();
        }

        @Override
        public void run() {
            if (released.compareAndSet(false, true)) {
                live.remove(this);
                clReleaseMemObject(mem);
            }
        }
    }

    /** An uninitialized buffer of {@code length} float64 elements, owned by the innermost open scope. */
    ClBuffer allocate(int length) {
        return adopt(create(length));
    }

    /** An uninitialized buffer for a kernel's own intermediate results, which releases it itself. */
    ClBuffer scratch(int length) {
        return create(length);
    }

    private ClBuffer create(int length) {
        checkOpen();
        return track(retrying(() -> clCreateBuffer(context, CL_MEM_READ_WRITE, (long) length * Sizeof.cl_double, null, null)),
                length);
    }

    /** A buffer holding a copy of {@code data}. */
    ClBuffer upload(double[] data) {
        checkOpen();
        return adopt(track(retrying(() -> clCreateBuffer(context, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR,
                (long) data.length * Sizeof.cl_double, Pointer.to(data), null)), data.length));
    }

    /**
     * A read-only, untracked buffer holding {@code data}, for index arguments: the caller releases it
     * right after enqueuing the kernel that reads it (OpenCL keeps it until that kernel ends).
     */
    cl_mem uploadIndices(int[] data) {
        checkOpen();
        return retrying(() -> clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR,
                (long) Math.max(1, data.length) * Sizeof.cl_int, Pointer.to(data.length == 0 ? new int[1] : data), null));
    }

    private ClBuffer track(cl_mem mem, int length) {
        Allocation allocation = new Allocation(mem, (long) length * Sizeof.cl_double, live);
        live.add(allocation);
        return new ClBuffer(allocation, CLEANER, length);
    }

    private ClBuffer adopt(ClBuffer buffer) {
        return scopes.adopt(buffer);
    }

    private static cl_mem retrying(Supplier<cl_mem> create) {
        try {
            return create.get();
        } catch (CLException e) {
            if (e.getStatus() != CL_MEM_OBJECT_ALLOCATION_FAILURE && e.getStatus() != CL_OUT_OF_RESOURCES) {
                throw e;
            }
            System.gc(); // unreachable tensors' buffers are freed by the Cleaner thread
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return create.get();
        }
    }

    /** The number of device buffers allocated and not yet freed. */
    int live() {
        return live.size();
    }

    /** The bytes of the device buffers allocated and not yet freed (summed on each call). */
    long liveBytes() {
        return live.stream().mapToLong(a -> a.bytes).sum();
    }

    /** Opens a scope on the calling thread; it becomes the innermost one. */
    OwningScopes.Scope<ClBuffer> openScope() {
        return scopes.open();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("opencl: the backend is closed");
        }
    }

    /** Frees every live buffer and refuses new ones: the backend is closing. */
    void releaseAll() {
        closed = true;
        List<Allocation> all = new ArrayList<>(live);
        all.forEach(Allocation::run);
    }
}
