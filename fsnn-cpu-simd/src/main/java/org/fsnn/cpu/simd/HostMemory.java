// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Allocates the arrays of one {@link SimdBackend}'s tensors: inside an open {@link ArrayScope}
 * from the backend's {@link ArrayPool}, owned by the innermost scope; outside any scope as plain
 * arrays left to the garbage collector.
 */
final class HostMemory {
    private final boolean poison;
    private final ThreadLocal<Deque<ArrayScope>> scopes = ThreadLocal.withInitial(ArrayDeque::new);
    private final ArrayPool pool;

    /** @param poolBytes the most that the pool holds for reuse */
    HostMemory(long poolBytes) {
        this(poolBytes, false);
    }

    /**
     * @param poolBytes the most that the pool holds for reuse
     * @param poison fill every array whose contents the caller promises to overwrite with NaN
     *     when a scope is open, so that tests catch a kernel that leaves some of it unwritten
     */
    HostMemory(long poolBytes, boolean poison) {
        this.poison = poison;
        this.pool = new ArrayPool(poolBytes);
    }

    /**
     * An eighth of the maximum heap, the default size of the pool: a small part of the heap, so
     * that arrays held for reuse never crowd out live tensors.
     */
    static long defaultPoolBytes() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** An array of {@code length} elements whose contents the caller overwrites entirely. */
    double[] allocate(int length) {
        double[] array = reused(length);
        if (array == null) {
            array = new double[length];
        }
        if (poison && !scopes.get().isEmpty()) {
            Arrays.fill(array, Double.NaN);
        }
        return array;
    }

    /** An array of {@code length} zeros. */
    double[] allocateZeroed(int length) {
        double[] array = reused(length);
        if (array == null) {
            return new double[length];
        }
        Arrays.fill(array, 0.0);
        return array;
    }

    private double[] reused(int length) {
        return scopes.get().isEmpty() ? null : pool().reuse(length);
    }

    /** Wraps an array made for a new tensor; the innermost open scope on this thread owns it. */
    CpuBuffer own(double[] array) {
        CpuBuffer buffer = new CpuBuffer(array);
        ArrayScope scope = scopes.get().peek();
        if (scope != null) {
            scope.adopt(buffer);
        }
        return buffer;
    }

    ArrayPool pool() {
        return pool;
    }

    /** Opens a scope on the calling thread; it becomes the innermost one. */
    ArrayScope openScope() {
        ArrayScope scope = new ArrayScope(this);
        scopes.get().push(scope);
        return scope;
    }

    /** The scope enclosing {@code scope} on this thread, or null. */
    ArrayScope parentOf(ArrayScope scope) {
        boolean next = false;
        for (ArrayScope s : scopes.get()) {
            if (next) {
                return s;
            }
            next = s == scope;
        }
        return null;
    }

    void closed(ArrayScope scope) {
        scopes.get().remove(scope);
    }
}
