// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyIndexIsVisitedOnceInAlignedParts() {
        Parallel p = new Parallel(3);
        try {
            for (int n : new int[] {0, 1, 7, 100, 1001, 65537}) {
                AtomicIntegerArray seen = new AtomicIntegerArray(n);
                ConcurrentLinkedQueue<int[]> parts = new ConcurrentLinkedQueue<>();
                p.range(n, 10, 8, (from, to) -> {
                    parts.add(new int[] {from, to});
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, seen.get(i), "index " + i + " of " + n);
                }
                assertTrue(parts.size() <= 3, "at most one part per thread");
                for (int[] part : parts) {
                    assertEquals(0, part[0] % 8, "part starts are aligned");
                }
            }
        } finally {
            p.shutdown();
        }
    }

    @Test
    void theSplitDependsOnlyOnSizeGrainAndThreads() {
        Parallel p = new Parallel(4);
        try {
            List<String> first = split(p);
            for (int run = 0; run < 5; run++) {
                assertEquals(first, split(p));
            }
        } finally {
            p.shutdown();
        }
    }

    private static List<String> split(Parallel p) {
        ConcurrentLinkedQueue<String> parts = new ConcurrentLinkedQueue<>();
        p.range(10_000, 100, 4, (from, to) -> parts.add(from + "-" + to));
        return parts.stream().sorted().toList();
    }

    @Test
    void smallRangesRunOnTheCallingThread() {
        Parallel p = new Parallel(4);
        try {
            Thread caller = Thread.currentThread();
            p.range(50, 100, (from, to) -> assertEquals(caller, Thread.currentThread()));
        } finally {
            p.shutdown();
        }
    }

    @Test
    void aCallWhileThePoolIsBusyRunsTheSamePartsOnTheCaller() throws Exception {
        Parallel p = new Parallel(2);
        try {
            List<String> alone = split(p);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> p.range(2, 1, (from, to) -> {
                if (from == 0) {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }));
            holder.start();
            assertTrue(holding.await(10, TimeUnit.SECONDS), "the first caller holds the pool");
            Thread caller = Thread.currentThread();
            ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();
            p.range(10_000, 100, 4, (from, to) -> threads.add(Thread.currentThread() == caller ? "caller" : "pool"));
            List<String> busy = split(p);
            release.countDown();
            holder.join(10_000);
            assertEquals(List.of("caller", "caller"), List.copyOf(threads), "both parts on the caller, none queued");
            assertEquals(alone, busy, "the same parts as with the pool free");
        } finally {
            p.shutdown();
        }
    }

    @Test
    void theThreadCountPropertyWinsAndNonsenseIsNamed() {
        String before = System.getProperty(Parallel.PROPERTY);
        try {
            System.setProperty(Parallel.PROPERTY, "3");
            assertEquals(3, Parallel.configuredThreads());
            System.setProperty(Parallel.PROPERTY, "many");
            var e = assertThrows(IllegalArgumentException.class, Parallel::configuredThreads);
            assertTrue(e.getMessage().contains("-Dfsnn.cpu.threads=many"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(Parallel.PROPERTY);
            } else {
                System.setProperty(Parallel.PROPERTY, before);
            }
        }
    }

    @Test
    void aThreadCountBelowOneIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Parallel(0));
        assertTrue(e.getMessage().contains("at least 1 thread"), e.getMessage());
    }
}
