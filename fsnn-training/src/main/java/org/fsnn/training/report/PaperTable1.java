// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.util.List;
import java.util.Map;

/**
 * Table 1 of the stiff operator-learning paper (Valorani), per configuration the mean over seeds
 * 1–3 of rollout L2, |λ_fast − λ*_fast| and |λ_slow − λ*_slow| and S_comb, for comparison with a
 * reproduction. The values are the paper's, averaged here over its three seeds.
 */
public final class PaperTable1 {
    private PaperTable1() {
    }

    /**
     * One configuration's seed means.
     *
     * @param rolloutL2 mean E_roll
     * @param eigFast mean E_λ,fast
     * @param eigSlow mean E_λ,slow
     * @param sComb mean S_comb
     */
    public record Means(double rolloutL2, double eigFast, double eigSlow, double sComb) {
    }

    /** The paper's configurations, best first by S_comb. */
    public static final List<String> ORDER = List.of("asinh-cloud", "cloud", "baseline", "asinh");

    /** The means by configuration name (without the {@code valorani-} prefix). */
    public static final Map<String, Means> MEANS = Map.of(
            "baseline", new Means(mean(6.337e-04, 1.453e-03, 1.117e-03), mean(1.022e+00, 5.300e-01, 3.822e+00),
                    mean(8.109e-03, 3.873e-03, 2.525e-02), mean(1.744e+00, 1.310e+00, 6.070e+00)),
            "asinh", new Means(mean(2.535e-03, 1.825e-03, 1.944e-03), mean(7.971e+00, 7.677e+00, 7.864e+00),
                    mean(7.295e-03, 4.195e-03, 2.463e-03), mean(1.273e+01, 1.204e+01, 1.236e+01)),
            "cloud", new Means(mean(2.415e-03, 1.350e-03, 1.422e-03), mean(1.345e-01, 1.073e-01, 1.237e-01),
                    mean(3.635e-02, 1.378e-02, 2.664e-02), mean(1.070e+00, 6.461e-01, 6.963e-01)),
            "asinh-cloud", new Means(mean(9.973e-05, 1.223e-04, 1.385e-04), mean(1.284e-01, 1.445e-01, 1.324e-01),
                    mean(9.887e-04, 7.229e-04, 6.405e-04), mean(2.264e-01, 2.584e-01, 2.463e-01)));

    private static double mean(double a, double b, double c) {
        return (a + b + c) / 3;
    }
}
