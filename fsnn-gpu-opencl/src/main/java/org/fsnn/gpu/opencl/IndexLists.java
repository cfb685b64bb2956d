// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

/**
 * For each output position, the input positions summed into it, in compressed form: the sources
 * of output {@code c} are {@code sources[offsets[c] .. offsets[c + 1])}, in ascending order. Lets
 * the gathers and the scatter-adds share one kernel without atomics.
 *
 * @param offsets where each output's sources start, one more than there are outputs
 * @param sources the input positions
 */
record IndexLists(int[] offsets, int[] sources) {

    /** A gather: output {@code c} reads input {@code index[c]}, or nothing when it is negative. */
    static IndexLists gather(int[] index) {
        int[] offsets = new int[index.length + 1];
        int[] sources = new int[index.length];
        int n = 0;
        for (int c = 0; c < index.length; c++) {
            offsets[c] = n;
            if (index[c] >= 0) {
                sources[n++] = index[c];
            }
        }
        offsets[index.length] = n;
        return new IndexLists(offsets, sources);
    }

    /** A scatter-add: input {@code j} adds into output {@code target[j]} when that is not negative. */
    static IndexLists invert(int[] target, int outputs) {
        int[] offsets = new int[outputs + 1];
        for (int t : target) {
            if (t >= 0) {
                offsets[t + 1]++;
            }
        }
        for (int c = 0; c < outputs; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] next = offsets.clone();
        int[] sources = new int[offsets[outputs]];
        for (int j = 0; j < target.length; j++) {
            if (target[j] >= 0) {
                sources[next[target[j]]++] = j;
            }
        }
        return new IndexLists(offsets, sources);
    }
}
