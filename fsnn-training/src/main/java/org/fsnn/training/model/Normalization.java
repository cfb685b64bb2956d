// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.model;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.tensor.Tensor;

/**
 * Per-column standardization (x − μ) / σ with the mean and (population) standard deviation of
 * the training inputs. A column with σ = 0, such as ε when all data share one ε, keeps σ = 1, so
 * it is only shifted.
 *
 * @param mean μ, {@code [d]}
 * @param std σ > 0, {@code [d]}
 */
public record Normalization(Tensor mean, Tensor std) {

    /** Checks shapes and that σ is positive. */
    public Normalization {
        if (mean.rank() != 1 || !mean.shape().equals(std.shape())) {
            throw new IllegalArgumentException("normalization: mean and std must both have shape [d], got "
                    + mean.shape() + " and " + std.shape());
        }
        for (double s : std.toArray()) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("normalization: std must be positive and finite, got " + s);
            }
        }
    }

    /** The statistics of the rows of {@code x [n, d]}. */
    public static Normalization fit(Tensor x) {
        if (x.rank() != 2 || x.dim(0) < 1) {
            throw new IllegalArgumentException("normalization: inputs must be a non-empty batch [n, d], got " + x.shape());
        }
        int n = x.dim(0);
        int d = x.dim(1);
        double[] v = x.toArray();
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += v[i * d + j];
            }
            mean[j] = sum / n;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double e = v[i * d + j] - mean[j];
                sq += e * e;
            }
            double s = Math.sqrt(sq / n);
            std[j] = s > 0 ? s : 1;
        }
        return new Normalization(x.backend().fromArray(mean, d), x.backend().fromArray(std, d));
    }

    /** (x − μ) / σ for {@code x [b, d]}. */
    public Var apply(Var x) {
        return Ops.div(Ops.sub(x, Var.constant(mean)), Var.constant(std));
    }
}
