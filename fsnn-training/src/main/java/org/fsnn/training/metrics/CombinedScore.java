// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The combined score of paper eq. 32 over runs being compared:
 * S_comb = ⅓ (E_roll / median E_roll + E_λ,fast / median E_λ,fast + E_λ,slow / median E_λ,slow),
 * the medians taken over the runs. Lower is better.
 */
public final class CombinedScore {
    private CombinedScore() {
    }

    /** One run's three errors. */
    public record Errors(double rollout, double fast, double slow) {
    }

    /** S_comb of every run, in order. */
    public static double[] of(List<Errors> runs) {
        if (runs.isEmpty()) {
            return new double[0];
        }
        double mr = median(runs.stream().mapToDouble(Errors::rollout).toArray());
        double mf = median(runs.stream().mapToDouble(Errors::fast).toArray());
        double ms = median(runs.stream().mapToDouble(Errors::slow).toArray());
        return runs.stream().mapToDouble(r -> (r.rollout() / mr + r.fast() / mf + r.slow() / ms) / 3).toArray();
    }

    /** The median: the middle value, or the mean of the two middle values for an even count. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : 0.5 * (v[mid - 1] + v[mid]);
    }
}
