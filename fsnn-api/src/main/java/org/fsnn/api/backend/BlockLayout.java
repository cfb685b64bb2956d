// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.Arrays;

/**
 * The diagonal blocks of a block upper-triangular (quasi-triangular) matrix: each block is 1×1
 * or 2×2, in order down the diagonal. An ordinary upper-triangular matrix has only 1×1 blocks.
 *
 * <p>Entries below the diagonal blocks are structurally zero: solves never read them.
 *
 * @param sizes the block sizes, each 1 or 2
 */
public record BlockLayout(int[] sizes) {

    /** Validates and copies the sizes. */
    public BlockLayout {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("a block layout needs at least one block");
        }
        for (int s : sizes) {
            if (s != 1 && s != 2) {
                throw new IllegalArgumentException("diagonal blocks must be 1x1 or 2x2, got sizes " + Arrays.toString(sizes));
            }
        }
        sizes = sizes.clone();
    }

    /** All 1×1 blocks: an upper-triangular matrix of order n. */
    public static BlockLayout upperTriangular(int n) {
        int[] s = new int[n];
        Arrays.fill(s, 1);
        return new BlockLayout(s);
    }

    /**
     * The FSNN layout for a fast dimension n: ⌊n/2⌋ blocks of 2×2, then one 1×1 block when n is odd.
     */
    public static BlockLayout pairsThenScalar(int n) {
        int[] s = new int[(n + 1) / 2];
        Arrays.fill(s, 2);
        if (n % 2 == 1) {
            s[s.length - 1] = 1;
        }
        return new BlockLayout(s);
    }

    /** A copy of the block sizes. */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** The matrix order: the sum of the block sizes. */
    public int order() {
        return Arrays.stream(sizes).sum();
    }

    /** The first row of each block. */
    public int[] starts() {
        int[] st = new int[sizes.length];
        for (int i = 1; i < sizes.length; i++) {
            st[i] = st[i - 1] + sizes[i - 1];
        }
        return st;
    }

    /** Whether entry (i, j) can be non-zero: inside a diagonal block or above the blocks. */
    public boolean isStructural(int i, int j) {
        return blockOf(j) >= blockOf(i);
    }

    /** The index of the block containing row or column i. */
    public int blockOf(int i) {
        int row = 0;
        for (int b = 0; b < sizes.length; b++) {
            row += sizes[b];
            if (i < row) {
                return b;
            }
        }
        throw new IllegalArgumentException("index " + i + " is outside a layout of order " + order());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockLayout l && Arrays.equals(sizes, l.sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "BlockLayout" + Arrays.toString(sizes);
    }
}
