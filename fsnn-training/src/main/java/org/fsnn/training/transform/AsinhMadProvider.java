// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.transform;

import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.transform.TargetTransform;
import org.fsnn.api.transform.TargetTransformProvider;

/**
 * {@code asinh-mad}: the {@link AsinhMadTransform} with one scale per target component, fitted
 * once on the training targets:
 *
 * <pre>
 *   s_i = MAD_i / Φ⁻¹(3/4) ≈ MAD_i / 0.6745,   MAD_i = median_j |F_ji − median_j F_ji|
 * </pre>
 *
 * that is, the normal-consistent robust standard deviation of component i. The MAD is centred at
 * the component's own median (the paper's footnote equates it with median |F| only for data whose
 * median is zero). A component whose MAD is zero (more than half its values equal) gets s_i = 1.
 *
 * <p>Config: {@code normalConsistent} (default true; false uses s_i = MAD_i itself).
 */
public final class AsinhMadProvider implements TargetTransformProvider {
    /** For {@link java.util.ServiceLoader}. */
    public AsinhMadProvider() {}

    @Override
    public String name() {
        return "asinh-mad";
    }

    @Override
    public String description() {
        return "asinh(F / s) per component, s the robust (MAD) standard deviation of the training targets";
    }

    @Override
    public TargetTransform fit(ConfigNode config, Tensor targets) {
        config.requireOnly("normalConsistent");
        boolean consistent = config.getBoolean("normalConsistent", true);
        if (targets.rank() != 2 || targets.dim(0) < 1) {
            throw new IllegalArgumentException("asinh-mad: targets must be a non-empty batch [n, d], got " + targets.shape());
        }
        int n = targets.dim(0);
        int d = targets.dim(1);
        double[] all = targets.toArray();
        double[] scales = new double[d];
        double[] column = new double[n];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < n; j++) {
                column[j] = all[j * d + i];
                if (!Double.isFinite(column[j])) {
                    throw new IllegalArgumentException("asinh-mad: target [" + j + ", " + i + "] is not finite: " + column[j]);
                }
            }
            double mad = RobustScale.mad(column);
            scales[i] = mad == 0 ? 1 : consistent ? mad / RobustScale.NORMAL_MAD : mad;
        }
        return new AsinhMadTransform(targets.backend().fromArray(scales, d));
    }

    @Override
    public TargetTransform restore(ConfigNode config, Map<String, Tensor> state) {
        Tensor scales = state.get(AsinhMadTransform.SCALES);
        if (scales == null) {
            throw new IllegalArgumentException("asinh-mad: saved state has no '" + AsinhMadTransform.SCALES
                    + "' entry; present: " + state.keySet());
        }
        return new AsinhMadTransform(scales);
    }
}
