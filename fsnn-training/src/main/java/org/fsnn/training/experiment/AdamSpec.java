// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import org.fsnn.training.optim.OptimizerSpec;
import org.fsnn.training.optim.Schedule;

/**
 * The optimizer of an {@link Experiment}: Adam with an optional clip of the global gradient
 * norm, and a step size that is constant or decays along a cosine to a final value at the last update.
 *
 * @param learningRate Adam's step size at the first update
 * @param clipNorm the largest global gradient norm, or 0 for no clipping
 * @param finalLearningRate the step size at the last update: equal to {@code learningRate} for a
 *     constant one, smaller for a cosine decay over the whole run (Loshchilov and Hutter, 2017)
 */
public record AdamSpec(double learningRate, double clipNorm, double finalLearningRate) {

    /** The paper's optimizer: Adam with learning rate 1e-3, no clipping, no decay. */
    public static final AdamSpec PAPER = new AdamSpec(1e-3, 0);

    /** Validates the fields. */
    public AdamSpec {
        Checks.positive(learningRate, "optimizer.learningRate");
        Checks.nonNegative(clipNorm, "optimizer.clipNorm");
        Checks.positive(finalLearningRate, "optimizer.finalLearningRate");
        Checks.require(finalLearningRate <= learningRate, "optimizer.finalLearningRate", "must be at most learningRate ("
                + learningRate + ") for a decay, or equal to it for none; got " + finalLearningRate);
    }

    /** A constant step size. */
    public AdamSpec(double learningRate, double clipNorm) {
        this(learningRate, clipNorm, learningRate);
    }

    /** The step size by update, for a run of {@code updates} updates in all. */
    public Schedule schedule(long updates) {
        return finalLearningRate == learningRate
                ? Schedule.constant(learningRate)
                : Schedule.cosineDecay(learningRate, Math.max(1, updates - 1), finalLearningRate / learningRate);
    }

    /** The trainer's optimizer for a run of {@code updates} updates: Adam with its default β and ε. */
    public OptimizerSpec optimizer(long updates) {
        return OptimizerSpec.adam(schedule(updates), clipNorm);
    }
}
