// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * Rescales all gradients together so that their global L2 norm (over every parameter) is at most
 * {@code maxNorm} (Optax {@code clip_by_global_norm}); gradients within the bound pass unchanged.
 * Stateless.
 */
public final class ClipByGlobalNorm implements GradientTransform<ClipByGlobalNorm.State> {
    private final double maxNorm;

    /** No state. */
    public record State() {}

    /** @param maxNorm the largest global norm, > 0 */
    public ClipByGlobalNorm(double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("clipByGlobalNorm: maxNorm must be positive and finite, got " + maxNorm);
        }
        this.maxNorm = maxNorm;
    }

    /** √(Σ over every tensor and element of g²), summed in name order. */
    public static double globalNorm(Map<String, Tensor> grads) {
        double sum = 0;
        for (Tensor g : grads.values()) {
            for (double v : g.toArray()) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    @Override
    public State init(Map<String, Tensor> params) {
        return new State();
    }

    @Override
    public Update<State> update(Map<String, Tensor> grads, State state, Map<String, Tensor> params) {
        double norm = globalNorm(grads);
        if (norm <= maxNorm) {
            return new Update<>(grads, state);
        }
        double factor = maxNorm / norm;
        return new Update<>(Trees.map(grads, g -> Trees.scale(g, factor)), state);
    }

    @Override
    public Map<String, Tensor> saveState(State state) {
        return Map.of();
    }

    @Override
    public State loadState(Map<String, Tensor> saved, Map<String, Tensor> params) {
        return new State();
    }
}
