// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Device memory is freed deterministically; each test counts the buffers of a backend of its own. */
class BufferScopeTest {
    private static OpenClBackend cl;

    @BeforeAll
    static void open() {
        cl = OpenClTestDevice.open();
    }

    @AfterAll
    static void close() {
        if (cl != null) {
            cl.close();
        }
    }

    @Test
    void thousandOpsInScopesLeaveTheLiveBufferCountFlat() {
        int base = cl.liveBuffers();
        Tensor w = cl.fromArray(new double[] {0.5, -0.25, 0.125, 1}, 2, 2);
        Tensor x = cl.fromArray(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
        try (var outer = cl.scope()) {
            Tensor state = x;
            int before = cl.liveBuffers();
            for (int step = 0; step < 1000; step++) {
                try (var inner = cl.scope()) {
                    Tensor h = cl.map(UnaryOp.TANH, cl.matmul(state, w, false, false), 0, 0);
                    state = inner.keep(cl.zip(BinaryOp.ADD, h, x));
                }
                if (step % 100 == 99) {
                    // Each step keeps exactly one new tensor, owned by the outer scope.
                    assertEquals(before + step + 1, cl.liveBuffers());
                    assertEquals(step + 1, outer.owned());
                }
            }
            assertEquals(3 * 2, state.toArray().length);
        }
        // Bulk release by the outer scope: only what existed before it remains.
        assertEquals(base + 2, cl.liveBuffers());
        w.buffer().release();
        x.buffer().release();
    }

    @Test
    void loopWithoutKeptResultsReturnsToTheStartingCount() {
        Tensor x = cl.fromArray(new double[] {1, 2, 3}, 3);
        int start = cl.liveBuffers();
        for (int i = 0; i < 1000; i++) {
            try (var scope = cl.scope()) {
                cl.reduce(ReduceOp.SUM, cl.map(UnaryOp.EXP, x, 0, 0), 0);
                assertEquals(2, scope.owned());
            }
            assertEquals(start, cl.liveBuffers(), "after iteration " + i);
        }
        x.buffer().release();
    }

    @Test
    void keptTensorsSurviveAndReleasedOnesFailClearly() {
        Tensor kept;
        Tensor dropped;
        try (var scope = cl.scope()) {
            kept = scope.keep(cl.fill(Shape.of(4), 2.5));
            dropped = cl.fill(Shape.of(4), 1.0);
            assertEquals(1, scope.owned());
        }
        assertArrayEquals(new double[] {2.5, 2.5, 2.5, 2.5}, kept.toArray());
        IllegalStateException e = assertThrows(IllegalStateException.class, dropped::toArray);
        assertTrue(e.getMessage().contains("released"), e.getMessage());
        int live = cl.liveBuffers();
        kept.buffer().release();
        kept.buffer().release(); // idempotent
        assertEquals(live - 1, cl.liveBuffers());
    }

    @Test
    void reshapesShareTheKeptBuffer() {
        Tensor view;
        try (var scope = cl.scope()) {
            Tensor t = cl.fromArray(new double[] {1, 2, 3, 4}, 2, 2);
            view = scope.keep(t.reshape(4));
        }
        assertArrayEquals(new double[] {1, 2, 3, 4}, view.toArray());
        view.buffer().release();
    }

    @Test
    void closingTheBackendReleasesEveryBuffer() {
        OpenClBackend own = OpenClTestDevice.open();
        for (int i = 0; i < 10; i++) {
            own.fill(Shape.of(8), i);
        }
        assertEquals(10, own.liveBuffers());
        assertEquals(10 * 8 * Double.BYTES, own.liveBytes());
        Tensor t = own.fill(Shape.of(2), 1);
        assertEquals((10 * 8 + 2) * Double.BYTES, own.liveBytes());
        own.close();
        own.close(); // idempotent
        assertEquals(0, own.liveBuffers());
        assertEquals(0, own.liveBytes());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> own.fill(Shape.of(2), 0));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, t::toArray);
    }

    @Test
    void unreachableBuffersAreFreedByTheCleaner() throws InterruptedException {
        OpenClBackend own = OpenClTestDevice.open();
        try {
            for (int i = 0; i < 100; i++) {
                own.fill(Shape.of(16), i);
            }
            for (int attempt = 0; attempt < 50 && own.liveBuffers() > 0; attempt++) {
                System.gc();
                Thread.sleep(20);
            }
            assertEquals(0, own.liveBuffers());
        } finally {
            own.close();
        }
    }
}
