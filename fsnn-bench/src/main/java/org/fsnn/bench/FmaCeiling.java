// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The FP64 throughput this machine reaches on fused multiply-adds alone: every thread runs twelve
 * independent chains of vector FMAs on registers. A measured companion to {@link PeakFlops},
 * whose nominal clock can be far from the boost clock the cores really run at (on virtual
 * machines the only clock shown is often the base one).
 */
public final class FmaCeiling {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int CHAINS = 12;

    private FmaCeiling() {}

    /** GFLOP/s of {@code threads} threads, the best of a few rounds of about {@code millis} each. */
    public static double measure(int threads, long millis) throws InterruptedException {
        // Compile first (the loop is compiled on stack; later calls enter the compiled loop after a
        // few thousand interpreted steps), then size the rounds from the compiled speed.
        long steps = 2_000_000;
        for (int i = 0; i < 5; i++) {
            chains(steps);
        }
        long t0 = System.nanoTime();
        chains(steps);
        double perStep = (System.nanoTime() - t0) / (double) steps;
        long timed = Math.max(10_000_000, (long) (millis * 1e6 / perStep));
        double best = 0;
        for (int round = 0; round < 5; round++) {
            Thread[] workers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> chains(timed));
                workers[t].start();
            }
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            best = Math.max(best, threads * (double) timed * CHAINS * 2 * S.length() / seconds / 1e9);
        }
        return best;
    }

    /** Twelve independent FMA chains, {@code steps} long; returns their sum so none is dead code. */
    private static double chains(long steps) {
        var a = DoubleVector.broadcast(S, 1.0 + 1e-9);
        var b = DoubleVector.broadcast(S, 1.0 - 1e-9);
        var c0 = DoubleVector.zero(S);
        var c1 = c0;
        var c2 = c0;
        var c3 = c0;
        var c4 = c0;
        var c5 = c0;
        var c6 = c0;
        var c7 = c0;
        var c8 = c0;
        var c9 = c0;
        var c10 = c0;
        var c11 = c0;
        for (long i = 0; i < steps; i++) {
            c0 = a.fma(b, c0);
            c1 = a.fma(b, c1);
            c2 = a.fma(b, c2);
            c3 = a.fma(b, c3);
            c4 = a.fma(b, c4);
            c5 = a.fma(b, c5);
            c6 = a.fma(b, c6);
            c7 = a.fma(b, c7);
            c8 = a.fma(b, c8);
            c9 = a.fma(b, c9);
            c10 = a.fma(b, c10);
            c11 = a.fma(b, c11);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(VectorOperators.ADD);
    }
}
