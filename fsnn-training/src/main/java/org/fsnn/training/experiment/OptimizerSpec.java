// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/**
 * The optimizer: Adam with an optional clip of the global gradient norm.
 *
 * @param learningRate Adam's step size
 * @param clipNorm the largest global gradient norm, or 0 for no clipping
 */
public record OptimizerSpec(double learningRate, double clipNorm) {

    /** The paper's optimizer: Adam with learning rate 1e-3, no clipping. */
    public static final OptimizerSpec PAPER = new OptimizerSpec(1e-3, 0);

    /** Validates both fields. */
    public OptimizerSpec {
        Checks.positive(learningRate, "optimizer.learningRate");
        Checks.nonNegative(clipNorm, "optimizer.clipNorm");
    }
}
