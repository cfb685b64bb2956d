// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.training.data.LabelMode;
import org.fsnn.training.data.LabelSpec;
import org.fsnn.training.data.RhsLabeler;

/** The right-hand-side labels of sampled states, per {@link DataSpec#labels()}. */
final class Labels {
    private Labels() {
    }

    /** The label settings of the data: the mode and the burst horizon τ, the paper's burst solver. */
    static LabelSpec spec(DataSpec data) {
        return LabelSpec.of(LabelMode.of("$.data.labels", data.labels()), data.burstTau());
    }

    /** The labels of the states {@code z} ({@code [n, d]}) at their ε. */
    static RhsSamples compute(DataSpec data, SystemFamilies systems, int d, double[] z, double[] eps,
            ProgressListener progress) {
        return RhsLabeler.label(spec(data), systems, d, z, eps, Runtime.getRuntime().availableProcessors(), progress);
    }
}
