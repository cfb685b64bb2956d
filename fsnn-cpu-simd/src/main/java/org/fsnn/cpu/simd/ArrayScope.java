// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.LinkedHashSet;
import java.util.Set;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.tensor.Tensor;

/**
 * The {@link MemoryScope} of the {@link SimdBackend}: on close, takes back the arrays of every
 * tensor the backend made on this thread while the scope was the innermost open one, except those
 * {@linkplain #keep kept}, and gives them to the backend's {@link ArrayPool} for the next tensors
 * of the same size. A tensor used after its scope closed fails with a message, as on a device.
 *
 * <p>A kept tensor moves to the enclosing scope if there is one; at the outermost level it is
 * left to the garbage collector. Keeping a tensor this scope did not make changes nothing. Scopes
 * nest, close innermost first, and belong to the thread that opened them.
 */
final class ArrayScope implements MemoryScope {
    private final HostMemory memory;
    private final Set<CpuBuffer> owned = new LinkedHashSet<>();
    private boolean closed;

    ArrayScope(HostMemory memory) {
        this.memory = memory;
    }

    void adopt(CpuBuffer buffer) {
        owned.add(buffer);
    }

    @Override
    public Tensor keep(Tensor tensor) {
        if (tensor.buffer() instanceof CpuBuffer buffer && owned.remove(buffer)) {
            ArrayScope parent = memory.parentOf(this);
            if (parent != null) {
                parent.adopt(buffer);
            }
        }
        return tensor;
    }

    /** The number of tensors this scope will free on close. */
    int owned() {
        return owned.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        memory.closed(this);
        ArrayPool pool = memory.pool();
        for (CpuBuffer buffer : owned) {
            double[] array = buffer.take();
            if (array != null) {
                pool.give(array);
            }
        }
        owned.clear();
    }
}
