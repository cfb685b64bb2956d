// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;

/**
 * The experiments fsnn ships, built in code; {@code experiments/*.json} at the repository root
 * hold the same records as JSON.
 *
 * <p>The four configurations of the stiff operator-learning paper's Table 1 differ only in the
 * target transform ({@code identity} or {@code asinh-mad}) and the augmentation ({@code none} or
 * {@code fuzzy-cloud}); all train on Davis–Skodje over the ε grid of eq. 30 with burst labels
 * (τ = 1e-2), a 4×128 SiLU MLP, Adam 1e-3 and batch 8192. The paper gives no epoch count or
 * trajectory count; 300 epochs and 20 trajectories per ε are this project's choice.
 */
public final class Presets {
    /** The Table 1 configurations, in the paper's column order. */
    public static final List<String> TABLE1 = List.of("baseline", "asinh", "cloud", "asinh-cloud");

    private Presets() {
    }

    /**
     * A Table 1 configuration at paper size, named {@code valorani-<config>}.
     *
     * @param config one of {@link #TABLE1}
     */
    public static Experiment valorani(String config) {
        boolean asinh = config.equals("asinh") || config.equals("asinh-cloud");
        boolean cloud = config.equals("cloud") || config.equals("asinh-cloud");
        if (!TABLE1.contains(config)) {
            throw new IllegalArgumentException("unknown Table 1 configuration '" + config + "'; known: " + TABLE1);
        }
        return Experiment.builder("valorani-" + config)
                .data(new DataSpec(20, 6.0, 0.01, "burst", 1e-2, cloud ? "fuzzy-cloud" : DataSpec.NO_AUGMENTATION,
                        CloudSpec.PAPER))
                .transform(asinh ? "asinh-mad" : "identity")
                .training(new TrainingSpec(300, 8192, 0.1, 10, 1))
                .build();
    }

    /**
     * The same configuration shrunk to run in about half a minute on two cores: 4 trajectories per
     * ε on [0, 3] every 0.02 (cloud around every second point), a 3×64 MLP, 200 epochs of batch 512
     * (in two shards, on two threads), rollouts to T = 3.
     */
    public static Experiment quick(Experiment paper) {
        DataSpec d = paper.data();
        return paper.toBuilder()
                .data(new DataSpec(4, 3.0, 0.02, d.labels(), d.burstTau(), d.augmentation(),
                        new CloudSpec(d.cloud().size(), d.cloud().sigmaT(), d.cloud().sigmaN(), d.cloud().offFraction(),
                                d.cloud().normalMode(), 2)))
                .model(new ModelSpec(List.of(64, 64, 64), "silu"))
                .training(new TrainingSpec(200, 512, 0.1, 50, paper.training().seed(), 2))
                .evaluation(new EvaluationSpec(paper.evaluation().eps(), 0.05, 4, 0.01, 3.0, 1234))
                .build();
    }

    /**
     * The main job: asinh targets and fuzzy-cloud augmentation on Davis–Skodje over four ε values
     * with the paper's burst labels and cloud settings, sized to finish in about two minutes on two
     * cores: 6 trajectories per ε, cloud around every second point (43k samples), a 4×64 SiLU MLP,
     * 400 epochs of batch 512 (in two shards, on two threads).
     */
    public static Experiment quickstart() {
        return Experiment.builder("quickstart")
                .epsGrid(List.of(0.02, 0.05, 0.1, 0.2))
                .data(new DataSpec(6, 6.0, 0.01, "burst", 1e-2, "fuzzy-cloud", new CloudSpec(4, 0.02, 0.2, 0.5,
                        "abs", 2)))
                .model(new ModelSpec(List.of(64, 64, 64, 64), "silu"))
                .transform("asinh-mad")
                .training(new TrainingSpec(400, 512, 0.1, 50, 1, 2))
                .evaluation(new EvaluationSpec(List.of(), 0.05, 4, 0.01, 6.0, 1234))
                .build();
    }
}
