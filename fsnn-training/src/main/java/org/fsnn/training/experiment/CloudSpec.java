// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

/**
 * Settings of the fuzzy-cloud augmentation (paper Algorithm 3).
 *
 * @param size cloud points K around each trajectory point
 * @param sigmaT the tangent spread σ_T
 * @param sigmaN the normal spread σ_N
 * @param offFraction the off-manifold fraction r_off, in [0, 1]
 * @param normalMode {@code abs} (σ_N as given) or {@code rel} (σ_N times the local speed)
 * @param stride use every {@code stride}-th trajectory point as a cloud centre
 */
public record CloudSpec(int size, double sigmaT, double sigmaN, double offFraction, String normalMode, int stride) {

    /** The paper's settings: (σ_T, σ_N, r_off) = (0.02, 0.2, 0.5), K = 4 at every point. */
    public static final CloudSpec PAPER = new CloudSpec(4, 0.02, 0.2, 0.5, "abs", 1);

    /** Validates every field. */
    public CloudSpec {
        Checks.atLeast(size, 1, "data.cloud.size");
        Checks.nonNegative(sigmaT, "data.cloud.sigmaT");
        Checks.nonNegative(sigmaN, "data.cloud.sigmaN");
        Checks.require(offFraction >= 0 && offFraction <= 1, "data.cloud.offFraction", "must be in [0, 1], got "
                + offFraction);
        Checks.require("abs".equals(normalMode) || "rel".equals(normalMode), "data.cloud.normalMode",
                "must be 'abs' or 'rel', got '" + normalMode + "'");
        Checks.atLeast(stride, 1, "data.cloud.stride");
    }
}
