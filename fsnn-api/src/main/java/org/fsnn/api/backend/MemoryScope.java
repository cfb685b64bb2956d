// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import org.fsnn.api.tensor.Tensor;

/**
 * A region of a computation whose intermediate tensors are freed together when it closes: the way
 * to bound device memory in a loop of many operations, without naming the backend.
 *
 * <pre>{@code
 * for (int step = 0; step < steps; step++) {
 *     try (MemoryScope scope = backend.scope()) {
 *         Tensor next = ...;          // many intermediates: activations, gradients
 *         state = scope.keep(next);   // survives the scope
 *     }                               // every other tensor allocated inside is freed here
 * }
 * }</pre>
 *
 * <p>A scope owns every buffer its backend allocates on the opening thread while it is the
 * innermost open scope there. {@link #close()} frees them all except those {@linkplain #keep
 * kept}; a kept buffer moves to the enclosing scope, or, at the outermost level, lives until it
 * is {@linkplain org.fsnn.api.tensor.Buffer#release() released}, its backend closes, or it becomes
 * unreachable. Using a freed tensor fails with a clear message. Scopes nest, close innermost
 * first, and belong to the thread that opened them.
 *
 * <p>The scalar reference backend returns {@link #none()}: there the garbage collector frees
 * memory and closing a scope does nothing. The {@code cpu} backend's scopes give their tensors'
 * arrays back for reuse by later tensors of the same size, which keeps them in cache; there too a
 * tensor used after its scope closed fails with a message.
 */
public interface MemoryScope extends AutoCloseable {

    /**
     * Keeps a tensor's buffer (shared by all its reshapes) alive past this scope. Tensors not
     * allocated in this scope are left as they are.
     *
     * @return the tensor, for chaining
     */
    Tensor keep(Tensor tensor);

    /** Frees every buffer allocated inside this scope and not kept. Idempotent. */
    @Override
    void close();

    /** The scope of a backend without device memory: keeps everything, frees nothing. */
    static MemoryScope none() {
        return NoMemoryScope.INSTANCE;
    }
}
