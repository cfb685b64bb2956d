// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Summaries of a sample for the target plots: a histogram, the normal Q-Q points and their
 * correlation coefficient R (paper Sec. 5.2: the closer to 1, the more Gaussian), and the skewness.
 */
public final class Distributions {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private Distributions() {
    }

    /**
     * A histogram with {@code bins} equal bins over the sample's range.
     *
     * @return {@code {centres, densities}} (densities integrate to one)
     */
    public static double[][] histogram(double[] sample, int bins) {
        double min = Arrays.stream(sample).min().orElse(0);
        double max = Arrays.stream(sample).max().orElse(1);
        double width = max > min ? (max - min) / bins : 1;
        double[] centres = new double[bins];
        double[] density = new double[bins];
        for (double v : sample) {
            int b = Math.min(bins - 1, (int) ((v - min) / width));
            density[b]++;
        }
        for (int b = 0; b < bins; b++) {
            centres[b] = min + (b + 0.5) * width;
            density[b] /= sample.length * width;
        }
        return new double[][] {centres, density};
    }

    /**
     * The normal Q-Q points: theoretical quantiles Φ⁻¹((i + 0.5)/n) against the sorted sample.
     *
     * @return {@code {theoretical, sampleSorted}}
     */
    public static double[][] qq(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] theory = new double[n];
        for (int i = 0; i < n; i++) {
            theory[i] = NORMAL.inverseCumulativeProbability((i + 0.5) / n);
        }
        return new double[][] {theory, sorted};
    }

    /** Pearson's correlation coefficient of two equally long samples. */
    public static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** The sample skewness m3 / m2^{3/2}. */
    public static double skewness(double[] sample) {
        double mean = Arrays.stream(sample).average().orElse(0);
        double m2 = 0;
        double m3 = 0;
        for (double v : sample) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= sample.length;
        m3 /= sample.length;
        return m3 / Math.pow(m2, 1.5);
    }
}
