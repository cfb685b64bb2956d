// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.fsnn.api.tensor.Buffer;
import org.fsnn.api.tensor.Tensor;

/**
 * The {@link MemoryScope}s of one backend that owns its buffers: a stack of open scopes per
 * thread, each owning the buffers the backend made on that thread while it was the innermost one,
 * and freeing them on close with the backend's own action (release device memory, recycle an
 * array). Backends call {@link #adopt} for every new buffer and return {@link #open} from
 * {@link Backend#scope()}.
 *
 * <p>A kept buffer moves to the enclosing scope, or at the outermost level is left to its backend
 * and the garbage collector; keeping a buffer the scope does not own changes nothing. Scopes nest,
 * close innermost first, and belong to the thread that opened them.
 *
 * <p>A scope holds its buffers in the order they were made, in a list: a training step makes tens
 * of thousands of small buffers, and a hash set of them spent more time growing and hashing than
 * the kernels that filled them. {@link Scope#keep} looks for the buffer from the newest end, where
 * the tensors a loop keeps (new parameters, gradients, the next state) are.
 *
 * @param <B> the backend's buffer type
 */
public final class OwningScopes<B extends Buffer> {
    private final Class<B> type;
    private final Consumer<B> free;
    private final ThreadLocal<Deque<Scope<B>>> open = ThreadLocal.withInitial(ArrayDeque::new);

    /**
     * @param type the backend's buffer class, to recognise its buffers in {@link Scope#keep}
     * @param free what closing a scope does to each buffer it still owns
     */
    public OwningScopes(Class<B> type, Consumer<B> free) {
        this.type = type;
        this.free = free;
    }

    /** Opens a scope on the calling thread; it becomes the innermost one. */
    public Scope<B> open() {
        Scope<B> scope = new Scope<>(this);
        open.get().push(scope);
        return scope;
    }

    /** Gives a new buffer to the innermost open scope on this thread, if there is one. */
    public B adopt(B buffer) {
        Scope<B> scope = open.get().peek();
        if (scope != null) {
            scope.owned.add(buffer);
        }
        return buffer;
    }

    /** Whether a scope is open on the calling thread. */
    public boolean anyOpen() {
        return !open.get().isEmpty();
    }

    private Scope<B> parentOf(Scope<B> scope) {
        boolean next = false;
        for (Scope<B> s : open.get()) {
            if (next) {
                return s;
            }
            next = s == scope;
        }
        return null;
    }

    /**
     * One open scope of {@link OwningScopes}.
     *
     * @param <B> the backend's buffer type
     */
    public static final class Scope<B extends Buffer> implements MemoryScope {
        private final OwningScopes<B> scopes;
        private final List<B> owned = new ArrayList<>();
        private boolean closed;

        private Scope(OwningScopes<B> scopes) {
            this.scopes = scopes;
        }

        @Override
        public Tensor keep(Tensor tensor) {
            Buffer buffer = tensor.buffer();
            if (scopes.type.isInstance(buffer) && release(buffer)) {
                Scope<B> parent = scopes.parentOf(this);
                if (parent != null) {
                    parent.owned.add(scopes.type.cast(buffer));
                }
            }
            return tensor;
        }

        /** Stops owning {@code buffer}, searching from the newest; whether this scope owned it. */
        private boolean release(Buffer buffer) {
            for (int i = owned.size() - 1; i >= 0; i--) {
                if (owned.get(i) == buffer) {
                    B last = owned.removeLast();
                    if (i < owned.size()) {
                        owned.set(i, last);
                    }
                    return true;
                }
            }
            return false;
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
            scopes.open.get().remove(this);
            owned.forEach(scopes.free);
            owned.clear();
        }
    }
}
