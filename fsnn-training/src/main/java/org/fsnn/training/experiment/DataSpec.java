// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/**
 * How the training set is made: reference trajectories from random initial states at every ε of
 * the grid, their right-hand-side labels, and an optional augmentation around them (paper
 * Algorithms 2 and 3).
 *
 * @param trajectories trajectories per ε
 * @param tEnd the final time of each trajectory
 * @param dt the sampling interval along a trajectory
 * @param labels how targets are computed: {@code direct} (the system's right-hand side, eq. 15),
 *     {@code burst} (the paper's central difference of short integrations, Algorithm 4, biased by
 *     O((λτ)²) along fast directions), or its corrected variants {@code burst-richardson} and
 *     {@code burst-adaptive} ({@link org.fsnn.training.data.LabelMode})
 * @param burstTau the burst horizon τ of burst labels
 * @param augmentation an {@code AugmentationProvider} name, or {@code none}
 * @param cloud the fuzzy-cloud settings, used when {@code augmentation} is {@code fuzzy-cloud}
 */
public record DataSpec(int trajectories, double tEnd, double dt, String labels, double burstTau,
        String augmentation, CloudSpec cloud) {

    /** The name that turns augmentation off. */
    public static final String NO_AUGMENTATION = "none";

    /** Twenty trajectories per ε on [0, 6] sampled every 0.01, the paper's burst labels, no augmentation. */
    public static final DataSpec DEFAULT = new DataSpec(20, 6.0, 0.01, "burst", 1e-2, NO_AUGMENTATION,
            CloudSpec.PAPER);

    /** Validates every field. */
    public DataSpec {
        Checks.atLeast(trajectories, 1, "data.trajectories");
        Checks.positive(tEnd, "data.tEnd");
        Checks.positive(dt, "data.dt");
        Checks.require(dt <= tEnd, "data.dt", "must not exceed data.tEnd = " + tEnd + ", got " + dt);
        org.fsnn.training.data.LabelMode.of("data.labels", labels);
        Checks.positive(burstTau, "data.burstTau");
        Checks.require(augmentation != null && !augmentation.isBlank(), "data.augmentation", "must not be empty");
        java.util.Objects.requireNonNull(cloud, "data.cloud");
    }

    /** Whether an augmentation is configured. */
    public boolean augmented() {
        return !NO_AUGMENTATION.equals(augmentation);
    }

    /** The number of samples along one trajectory, both ends included. */
    public int pointsPerTrajectory() {
        return (int) Math.floor(tEnd / dt + 1e-9) + 1;
    }
}
