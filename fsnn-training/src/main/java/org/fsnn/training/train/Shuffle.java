// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.util.SplittableRandom;

/**
 * Counter-based shuffling: the permutation of an epoch is a pure function of (seed, epoch), so the
 * whole random state of training is those two numbers and a resumed run shuffles exactly as an
 * uninterrupted one. Each (seed, stream) pair seeds a fresh {@link SplittableRandom}, whose
 * algorithm (SplitMix64) is fixed by its specification; stream 0 is the validation split, stream
 * e ≥ 1 the shuffle of epoch e.
 */
public final class Shuffle {
    private Shuffle() {}

    /** A uniformly random permutation of 0 … n−1 for (seed, stream), by Fisher–Yates. */
    public static int[] permutation(int n, long seed, long stream) {
        SplittableRandom rng = new SplittableRandom(mix(seed, stream));
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /** One 64-bit seed from two (the SplitMix64 finalizer over a golden-ratio combination). */
    static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
