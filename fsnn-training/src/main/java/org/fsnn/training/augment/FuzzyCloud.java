// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.augment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.Augmentation;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.training.data.LabelSpec;
import org.fsnn.training.data.RhsLabeler;

/**
 * The fuzzy cloud of the stiff operator-learning paper (section 4.2, Alg. 3): around every base
 * sample z_i with label F_i it draws K states, K_on along the local tangent only and K_off along the
 * tangent and the normal space, and labels them.
 *
 * <pre>
 *   t = F_i / ‖F_i‖,   on:  z = z_i + σ_T ξ_T t,   off: z = z_i + σ_T ξ_T t + σ_N^eff n,
 *   σ_N^eff = σ_N (absolute) or σ_N ‖F_i‖ (relative),  n = Σ_j ξ_j n_j / √(d − 1),  ξ ~ N(0, 1)
 * </pre>
 *
 * <p>The normals n_j are the orthonormal complement of t: rows 2..d of the Householder reflection
 * H = I − 2vvᵀ/(vᵀv), v = t + sign(t₁)e₁, which maps e₁ to ∓t (the sign avoids cancellation); in
 * 2-D this is the paper's (−t₂, t₁) up to sign. σ_N is spread evenly over the
 * d − 1 normal directions, each with standard deviation σ_N^eff/√(d − 1), so the normal offset is
 * isotropic in the normal space with E‖n‖² = (σ_N^eff)², the paper's 2-D spread in any dimension.
 * The normal space holds every direction off the flow, including slow ones when N_x &gt; 1. Where
 * F_i = 0 the tangent is taken as e₁.
 *
 * <p>K_off = ⌊r_off K⌋ plus one more with probability frac(r_off K), so the expected off-manifold
 * fraction is r_off for every K (the paper's ⌊r_off K⌋ alone falls short when r_off K is not whole).
 *
 * <p>Output order: the base samples (when kept), then for each base sample its K cloud samples,
 * on-manifold ones first. Draws come from one {@link SplittableRandom} seeded by the caller, in
 * base order; labels come from the {@link RhsLabeler}, so the result is the same bit for bit on any
 * number of threads.
 *
 * @param size K, the cloud samples per base sample, at least 1
 * @param sigmaTangent σ_T, at least 0
 * @param sigmaNormal σ_N, at least 0
 * @param relativeNormal whether σ_N is relative to ‖F_i‖
 * @param offFraction r_off in [0, 1]
 * @param keepBase whether the base samples are part of the output (D = D_base ∪ D_cloud)
 * @param labels how cloud samples are labelled
 * @param threads the threads for burst micro-integrations, at least 1
 */
public record FuzzyCloud(int size, double sigmaTangent, double sigmaNormal, boolean relativeNormal,
        double offFraction, boolean keepBase, LabelSpec labels, int threads) implements Augmentation {

    /** Validates the settings. */
    public FuzzyCloud {
        if (size < 1 || !(sigmaTangent >= 0) || !(sigmaNormal >= 0) || !(offFraction >= 0 && offFraction <= 1)
                || labels == null || threads < 1) {
            throw new IllegalArgumentException("fuzzy cloud: need size >= 1, sigma-t >= 0, sigma-n >= 0, 0 <= r-off"
                    + " <= 1, labels and threads >= 1; got size=" + size + ", sigma-t=" + sigmaTangent + ", sigma-n="
                    + sigmaNormal + ", r-off=" + offFraction + ", threads=" + threads);
        }
    }

    @Override
    public RhsSamples augment(RhsSamples base, SystemFamily systems, long seed, ProgressListener progress) {
        int d = base.dimension();
        int n = base.count();
        SplittableRandom rng = new SplittableRandom(seed);
        double[] states = new double[n * size * d];
        double[] epsilon = new double[n * size];
        double[] t = new double[d];
        double[] normals = new double[(d - 1) * d];
        for (int i = 0; i < n; i++) {
            double speed = tangent(base.labels(), i, t);
            NormalBasis.complement(t, normals);
            double spread = relativeNormal ? sigmaNormal * speed : sigmaNormal;
            double whole = Math.floor(offFraction * size);
            int off = (int) whole + (rng.nextDouble() < offFraction * size - whole ? 1 : 0);
            for (int k = 0; k < size; k++) {
                int row = i * size + k;
                epsilon[row] = base.epsilon()[i];
                double along = sigmaTangent * rng.nextGaussian();
                for (int c = 0; c < d; c++) {
                    states[row * d + c] = base.states()[i * d + c] + along * t[c];
                }
                if (k >= size - off && d > 1) {
                    double perDirection = spread / Math.sqrt(d - 1);
                    for (int j = 0; j < d - 1; j++) {
                        double across = perDirection * rng.nextGaussian();
                        for (int c = 0; c < d; c++) {
                            states[row * d + c] += across * normals[j * d + c];
                        }
                    }
                }
            }
        }
        RhsSamples cloud = RhsLabeler.label(labels, systems, d, states, epsilon, threads, progress);
        return keepBase ? RhsSamples.concat(List.of(base, cloud)) : cloud;
    }

    /** Writes the unit tangent F_i/‖F_i‖ (e₁ where F_i = 0) into {@code t}; returns ‖F_i‖. */
    private static double tangent(double[] labels, int i, double[] t) {
        int d = t.length;
        double norm = 0;
        for (int c = 0; c < d; c++) {
            norm = Math.hypot(norm, labels[i * d + c]);
        }
        for (int c = 0; c < d; c++) {
            t[c] = norm > 0 ? labels[i * d + c] / norm : (c == 0 ? 1 : 0);
        }
        return norm;
    }

    /** The settings as a JSON-ready map, for dataset headers. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", FuzzyCloudProvider.NAME);
        map.put("k", size);
        map.put("sigma-t", sigmaTangent);
        map.put("sigma-n", sigmaNormal);
        map.put("normal-mode", relativeNormal ? "rel" : "abs");
        map.put("r-off", offFraction);
        map.put("keep-base", keepBase);
        map.put("labels", labels.toMap());
        return map;
    }
}
