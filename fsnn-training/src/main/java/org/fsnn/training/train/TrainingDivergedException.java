// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

/**
 * Training met a non-finite loss term or gradient. The message names the epoch, the batch and the
 * term or parameter; the model keeps the parameters from before that batch and the last
 * checkpoint on disk is untouched.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message where and what went non-finite */
    public TrainingDivergedException(String message) {
        super(message);
    }
}
