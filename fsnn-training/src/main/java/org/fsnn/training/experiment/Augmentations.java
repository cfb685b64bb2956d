// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.augment.Augmentation;
import org.fsnn.api.augment.AugmentationProvider;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.training.augment.FuzzyCloudProvider;

/**
 * Applies the experiment's augmentation plugin to the base samples: the {@link CloudSpec}
 * settings for {@code fuzzy-cloud} (its cloud samples labelled like the base data), none for any
 * other plugin. Cloud centres are every {@code stride}-th base sample; the result is the base
 * samples followed by the new ones.
 */
final class Augmentations {
    private Augmentations() {
    }

    /** The configured augmentation. */
    static Augmentation create(Experiment experiment) {
        AugmentationProvider provider = Registry.load(AugmentationProvider.class)
                .get(experiment.data().augmentation());
        return provider.create(ConfigNode.of("$.data.cloud", settings(experiment, provider.name())));
    }

    private static Map<String, Object> settings(Experiment experiment, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!name.equals(FuzzyCloudProvider.NAME)) {
            return out;
        }
        DataSpec d = experiment.data();
        CloudSpec c = d.cloud();
        out.put("k", c.size());
        out.put("sigma-t", c.sigmaT());
        out.put("sigma-n", c.sigmaN());
        out.put("normal-mode", c.normalMode());
        out.put("r-off", c.offFraction());
        out.put("keep-base", false);
        out.put("labels", Map.of("mode", d.labels(), "tau", d.burstTau()));
        out.put("threads", Runtime.getRuntime().availableProcessors());
        return out;
    }

    /** The base samples followed by the augmentation's samples around every stride-th one. */
    static RhsSamples apply(Experiment experiment, SystemFamilies systems, RhsSamples base, long seed,
            ProgressListener progress) {
        int stride = experiment.data().cloud().stride();
        int d = base.dimension();
        int centres = (base.count() + stride - 1) / stride;
        double[] z = new double[centres * d];
        double[] e = new double[centres];
        double[] f = new double[centres * d];
        for (int i = 0; i < centres; i++) {
            int j = i * stride;
            System.arraycopy(base.states(), j * d, z, i * d, d);
            System.arraycopy(base.labels(), j * d, f, i * d, d);
            e[i] = base.epsilon()[j];
        }
        RhsSamples cloud = create(experiment).augment(new RhsSamples(d, z, e, f), systems, seed, progress);
        return RhsSamples.concat(List.of(base, cloud));
    }
}
