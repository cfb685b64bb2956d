// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.backend.OwningScopes;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scopes of the CPU backend: what they free, what they keep, and how freed arrays are reused. */
class HostMemoryTest {
    private final SimdBackend backend = new SimdBackend(1);

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void aTensorUsedAfterItsScopeClosedFailsWithAMessageSayingHowToKeepIt() {
        Tensor inside;
        try (MemoryScope _ = backend.scope()) {
            inside = backend.fill(Shape.of(3, 4), 2);
        }
        var e = assertThrows(IllegalStateException.class, inside::toArray);
        assertTrue(e.getMessage().contains("scope.keep(tensor)"), e.getMessage());
        Tensor view = inside.reshape(12);
        assertThrows(IllegalStateException.class, () -> backend.zip(BinaryOp.ADD, view, view));
    }

    @Test
    void aKeptTensorSurvivesItsScopeAndLaterScopesReusingTheFreedArrays() {
        Tensor kept;
        try (MemoryScope scope = backend.scope()) {
            Tensor a = backend.fill(Shape.of(1000), 1.5);
            kept = scope.keep(backend.zip(BinaryOp.MUL, a, a));
        }
        for (int round = 0; round < 3; round++) {
            try (MemoryScope _ = backend.scope()) {
                backend.fill(Shape.of(1000), -7);
                backend.fill(Shape.of(1000), Double.NaN);
            }
        }
        double[] expected = new double[1000];
        java.util.Arrays.fill(expected, 2.25);
        assertArrayEquals(expected, kept.toArray());
    }

    @Test
    void aTensorKeptInAnInnerScopeBelongsToTheOuterOneAndIsFreedWithIt() {
        Tensor kept;
        try (MemoryScope _ = backend.scope()) {
            try (MemoryScope inner = backend.scope()) {
                kept = inner.keep(backend.fill(Shape.of(5), 3));
            }
            assertEquals(15, kept.toArray().length * 3);
        }
        assertThrows(IllegalStateException.class, kept::toArray);
    }

    @Test
    void keepingATensorAnotherScopeMadeLeavesItWithThatScope() {
        Tensor parameter = backend.fill(Shape.of(6), 1);
        Tensor outerMade;
        try (MemoryScope _ = backend.scope()) {
            outerMade = backend.fill(Shape.of(6), 2);
            try (MemoryScope inner = backend.scope()) {
                inner.keep(parameter);
                inner.keep(outerMade);
                assertEquals(0, ((OwningScopes.Scope<?>) inner).owned());
            }
            assertEquals(2, outerMade.toArray()[0]);
        }
        assertThrows(IllegalStateException.class, outerMade::toArray);
        assertEquals(1, parameter.toArray()[5], "made outside every scope, it is never freed");
    }

    @Test
    void tensorsMadeOutsideEveryScopeAreNeverFreed() {
        Tensor outside = backend.fill(Shape.of(8), 4);
        try (MemoryScope scope = backend.scope()) {
            scope.keep(outside);
            backend.zip(BinaryOp.ADD, outside, outside);
        }
        assertEquals(4, outside.toArray()[7]);
    }

    @Test
    void aClosedScopesArraysGoToTheNextAllocationsOfTheSameLength() {
        HostMemory memory = new HostMemory(1 << 20);
        double[] first;
        try (MemoryScope _ = memory.openScope()) {
            first = memory.allocate(100);
            memory.own(first);
        }
        try (MemoryScope _ = memory.openScope()) {
            assertSame(first, memory.allocate(100));
            assertNotSame(first, memory.allocate(100));
        }
        assertNotSame(first, memory.allocate(100), "outside a scope arrays are new");
    }

    @Test
    void zeroedAllocationsAreZeroEvenWhenReused() {
        HostMemory memory = new HostMemory(1 << 20);
        try (MemoryScope _ = memory.openScope()) {
            double[] a = memory.allocate(64);
            java.util.Arrays.fill(a, 9);
            memory.own(a);
        }
        try (MemoryScope _ = memory.openScope()) {
            assertArrayEquals(new double[64], memory.allocateZeroed(64));
        }
    }

    @Test
    void thePoolHoldsNoMoreThanItsCapacity() {
        ArrayPool pool = new ArrayPool(1000);
        pool.give(new double[100]);
        pool.give(new double[100]);
        assertEquals(800, pool.heldBytes(), "a second 800-byte array would pass the 1000-byte cap");
        assertEquals(100, pool.reuse(100).length);
        assertEquals(null, pool.reuse(100));
        assertEquals(0, pool.heldBytes());
    }

    @Test
    void aThreadReusesItsOwnArraysFirstAndOthersGetWhatItsCacheCannotHold() throws Exception {
        ArrayPool pool = new ArrayPool(1 << 20, 8 * 32);
        double[] cached = new double[32];
        double[] overflow = new double[32];
        pool.give(cached);
        pool.give(overflow);
        assertEquals(2 * 8 * 32, pool.heldBytes());
        double[][] other = new double[2][];
        Thread t = new Thread(() -> {
            other[0] = pool.reuse(32);
            other[1] = pool.reuse(32);
        });
        t.start();
        t.join(10_000);
        assertSame(overflow, other[0], "another thread gets the array that went to the shared pool");
        assertEquals(null, other[1], "but not the one in this thread's cache");
        assertSame(cached, pool.reuse(32));
        assertEquals(0, pool.heldBytes());
    }

    @Test
    void threadsSharingThePoolNeverGetTheSameArrayAndTheCountStaysExact() throws Exception {
        ArrayPool pool = new ArrayPool(1 << 20, 0);
        for (int i = 0; i < 64; i++) {
            pool.give(new double[16 + i % 4]);
        }
        long before = pool.heldBytes();
        Set<double[]> outstanding = ConcurrentHashMap.newKeySet();
        AtomicBoolean sharedOut = new AtomicBoolean();
        Runnable churn = () -> {
            for (int round = 0; round < 20_000; round++) {
                double[] a = pool.reuse(16 + round % 4);
                if (a == null) {
                    continue;
                }
                if (!outstanding.add(a)) {
                    sharedOut.set(true);
                }
                outstanding.remove(a);
                pool.give(a);
            }
        };
        Thread[] threads = {new Thread(churn), new Thread(churn), new Thread(churn)};
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertFalse(sharedOut.get(), "an array was handed to two threads at once");
        assertEquals(before, pool.heldBytes(), "every array came back and the byte count agrees");
        int arrays = 0;
        for (int length = 16; length < 20; length++) {
            while (pool.reuse(length) != null) {
                arrays++;
            }
        }
        assertEquals(64, arrays);
        assertEquals(0, pool.heldBytes());
    }

    @Test
    void anArrayFreedOnOneThreadIsReusedOnAnotherThroughTheSharedPool() throws Exception {
        HostMemory memory = new HostMemory(new ArrayPool(1 << 20, 0), false);
        double[] freed;
        try (MemoryScope _ = memory.openScope()) {
            freed = memory.allocate(32);
            memory.own(freed);
        }
        double[][] reused = new double[1][];
        Thread other = new Thread(() -> {
            try (MemoryScope _ = memory.openScope()) {
                reused[0] = memory.allocate(32);
            }
        });
        other.start();
        other.join();
        assertSame(freed, reused[0]);
    }
}
