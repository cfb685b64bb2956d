// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/** The right-hand-side labels of sampled states, per {@link DataSpec#labels()}. */
final class Labels {
    private Labels() {
    }

    /** Fails unless the label mode can be computed. */
    static void validate(DataSpec spec) {
        if (!spec.labels().equals("exact")) {
            throw new IllegalArgumentException("$.data.labels: '" + spec.labels()
                    + "' labels are not available in this build; use 'exact'");
        }
    }

    /** The labels of the states {@code z} ({@code [n, d]}) at their ε. */
    static double[] compute(DataSpec spec, SystemFamilies systems, int d, double[] z, double[] eps) {
        int n = eps.length;
        double[] out = new double[n * d];
        switch (spec.labels()) {
            case "exact" -> {
                double[] in = new double[d];
                double[] f = new double[d];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(z, i * d, in, 0, d);
                    systems.at(eps[i]).rhs(0, in, f);
                    System.arraycopy(f, 0, out, i * d, d);
                }
            }
            default -> throw new IllegalArgumentException("$.data.labels: '" + spec.labels()
                    + "' labels are not available in this build; use 'exact'");
        }
        return out;
    }
}
