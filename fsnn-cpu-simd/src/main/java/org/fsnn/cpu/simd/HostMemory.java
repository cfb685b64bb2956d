// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.util.Arrays;
import org.fsnn.api.backend.OwningScopes;

/**
 * Allocates the arrays of one {@link SimdBackend}'s tensors: inside an open scope from the
 * backend's {@link ArrayPool}, owned by the innermost scope, which gives them back to the pool when
 * it closes (a tensor used after that fails with a message); outside any scope as plain arrays
 * left to the garbage collector.
 */
final class HostMemory {
    private final boolean poison;
    private final ArrayPool pool;
    private final OwningScopes<CpuBuffer> scopes;

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
        this(new ArrayPool(poolBytes), poison);
    }

    /**
     * @param pool where closed scopes' arrays go for reuse
     * @param poison see {@link #HostMemory(long, boolean)}
     */
    HostMemory(ArrayPool pool, boolean poison) {
        this.poison = poison;
        this.pool = pool;
        this.scopes = new OwningScopes<>(CpuBuffer.class, this::recycle);
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
        if (poison && scopes.anyOpen()) {
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
        return scopes.anyOpen() ? pool.reuse(length) : null;
    }

    /** Wraps an array made for a new tensor; the innermost open scope on this thread owns it. */
    CpuBuffer own(double[] array) {
        return scopes.adopt(new CpuBuffer(array));
    }

    /** Opens a scope on the calling thread; it becomes the innermost one. */
    OwningScopes.Scope<CpuBuffer> openScope() {
        return scopes.open();
    }

    private void recycle(CpuBuffer buffer) {
        double[] array = buffer.take();
        if (array != null) {
            pool.give(array);
        }
    }
}
