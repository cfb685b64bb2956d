// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.transform;

import java.util.Arrays;

/**
 * Robust scale estimates of one sample: the median and the median absolute deviation.
 */
public final class RobustScale {
    /** Φ⁻¹(3/4): the MAD of a normal variable is σ times this. */
    public static final double NORMAL_MAD = 0.6744897501960817;

    private RobustScale() {}

    /** The median (the mean of the two middle values for an even count). */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median: no values");
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** MAD = median(|Z − median(Z)|), centred at the sample's own median. */
    public static double mad(double[] values) {
        double m = median(values);
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - m);
        }
        return median(dev);
    }

    /** MAD / Φ⁻¹(3/4): a robust estimate of the standard deviation, consistent under normality. */
    public static double sigma(double[] values) {
        return mad(values) / NORMAL_MAD;
    }
}
