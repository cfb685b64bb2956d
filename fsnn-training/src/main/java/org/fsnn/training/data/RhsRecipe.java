// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.augment.AugmentationProvider;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;

/**
 * How to make a right-hand-side dataset, the stiff operator-learning paper's D = D_base ∪ D_cloud:
 * simulate trajectories (Alg. 2), label every state of both subsets, then augment the labelled
 * samples with a plugin such as {@code fuzzy-cloud} (Alg. 3). The same recipe gives the same data,
 * bit for bit, and {@link #toMap()} is its cache key.
 *
 * @param trajectories the base trajectories; both subsets are labelled, fast ones first
 * @param labels how the base states are labelled
 * @param augmentation the {@link AugmentationProvider} name, or empty for none
 * @param augmentationConfig the augmentation's settings (JSON-ready values)
 * @param seed the augmentation's seed
 */
public record RhsRecipe(TrajectoryRecipe trajectories, LabelSpec labels, String augmentation,
        Map<String, Object> augmentationConfig, long seed) {

    /** Validates and copies. */
    public RhsRecipe {
        if (trajectories == null || labels == null || augmentation == null) {
            throw new IllegalArgumentException("rhs recipe: trajectories, labels and an augmentation name (or \"\")"
                    + " are required");
        }
        augmentationConfig = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(augmentationConfig));
    }

    /**
     * Simulates, labels and augments.
     *
     * @param threads the threads for integrations, at least 1
     * @param progress told how far each stage has come (each stage counts from 0 again)
     */
    public RhsSamples generate(int threads, ProgressListener progress) {
        FastSlowDataset data = trajectories.generate(threads, progress);
        SystemFamily family = trajectories.family();
        List<RhsSamples> parts = new ArrayList<>();
        for (TrajectoryData subset : List.of(data.fast(), data.slow())) {
            if (subset.count() > 0) {
                parts.add(RhsDatasets.fromTrajectories(subset, family, labels, threads, progress));
            }
        }
        RhsSamples base = RhsSamples.concat(parts);
        if (augmentation.isEmpty()) {
            return base;
        }
        return Registry.load(AugmentationProvider.class).get(augmentation)
                .create(ConfigNode.of("$.augmentation", augmentationConfig)).augment(base, family, seed, progress);
    }

    /** Everything that determines the data, as a JSON-ready map for dataset headers and cache keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("trajectories", trajectories.toMap());
        map.put("labels", labels.toMap());
        if (!augmentation.isEmpty()) {
            Map<String, Object> aug = new LinkedHashMap<>(augmentationConfig);
            aug.remove("threads");
            map.put("augmentation", Map.of("name", augmentation, "config", aug, "seed", seed));
        }
        return map;
    }
}
