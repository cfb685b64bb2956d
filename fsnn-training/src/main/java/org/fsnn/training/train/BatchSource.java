// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

/**
 * Training samples addressed by index, gathered into batches on demand.
 *
 * @param <B> the batch type the loss reads
 */
public interface BatchSource<B> {

    /** The number of samples. */
    int size();

    /** The samples at these indices, in this order, as one batch. */
    B batch(int[] indices);
}
