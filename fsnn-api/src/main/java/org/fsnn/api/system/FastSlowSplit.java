// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

/**
 * The sizes of the slow and fast subspaces of a fast–slow system, N_x and N_y in the FSNN paper.
 *
 * @param slow N_x, the dimension of the slow manifold
 * @param fast N_y, the number of fast (stable, attracting) directions
 */
public record FastSlowSplit(int slow, int fast) {

    /** Validates the sizes. */
    public FastSlowSplit {
        if (slow < 0 || fast < 0 || slow + fast == 0) {
            throw new IllegalArgumentException("a fast-slow split needs non-negative sizes, not both 0: N_x=" + slow
                    + ", N_y=" + fast);
        }
    }

    /** N_x + N_y. */
    public int dimension() {
        return slow + fast;
    }
}
