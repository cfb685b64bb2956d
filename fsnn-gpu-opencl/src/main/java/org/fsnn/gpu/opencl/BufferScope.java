// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.LinkedHashSet;
import java.util.Set;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.tensor.Tensor;

/**
 * The {@link MemoryScope} of the {@link OpenClBackend}: frees, on close, every device buffer the
 * backend allocated on this thread while the scope was the innermost open one, except those
 * {@linkplain #keep kept}. Code that knows only the {@link org.fsnn.api.backend.Backend}
 * interface reaches it through {@code backend.scope()}.
 *
 * <pre>{@code
 * try (MemoryScope step = backend.scope()) {
 *     Tensor loss = ...;          // many intermediates
 *     params = step.keep(updated); // survives the scope
 * }                               // every other intermediate is freed here
 * }</pre>
 *
 * <p>A kept buffer moves to the enclosing scope, if there is one, else it is freed by
 * {@link org.fsnn.api.tensor.Buffer#release()}, by the backend's {@code close()}, or once
 * unreachable. Scopes nest and close innermost first; each belongs to the thread that opened it.
 */
public final class BufferScope implements MemoryScope {
    private final DeviceMemory memory;
    private final Set<ClBuffer> owned = new LinkedHashSet<>();
    private boolean closed;

    BufferScope(DeviceMemory memory) {
        this.memory = memory;
    }

    void adopt(ClBuffer buffer) {
        owned.add(buffer);
    }

    @Override
    public Tensor keep(Tensor tensor) {
        if (tensor.buffer() instanceof ClBuffer buffer && owned.remove(buffer)) {
            BufferScope parent = memory.parentOf(this);
            if (parent != null) {
                parent.adopt(buffer);
            }
        }
        return tensor;
    }

    /** The number of buffers this scope will free on close. */
    public int owned() {
        return owned.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        memory.closed(this);
        owned.forEach(ClBuffer::release);
        owned.clear();
    }
}
