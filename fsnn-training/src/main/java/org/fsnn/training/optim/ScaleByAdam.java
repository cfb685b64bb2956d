// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Tensor;

/**
 * Adam's rescaling (Kingma and Ba, ICLR 2015; Optax {@code scale_by_adam}): with t the step
 * count after incrementing,
 *
 * <pre>
 *   m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²
 *   u = m̂ / (√v̂ + ε̂),       m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
 * </pre>
 *
 * The result still has to be scaled by −(learning rate), see {@link ScaleByLearningRate}.
 */
public final class ScaleByAdam implements GradientTransform<ScaleByAdam.State> {
    private final double b1;
    private final double b2;
    private final double eps;

    /**
     * Adam's state.
     *
     * @param count the number of updates so far
     * @param mu the first-moment estimates m
     * @param nu the second-moment estimates v
     */
    public record State(long count, Map<String, Tensor> mu, Map<String, Tensor> nu) {}

    /**
     * @param b1 β₁ in [0, 1)
     * @param b2 β₂ in [0, 1)
     * @param eps ε̂ > 0, added to √v̂
     */
    public ScaleByAdam(double b1, double b2, double eps) {
        if (!(b1 >= 0 && b1 < 1) || !(b2 >= 0 && b2 < 1) || !(eps > 0)) {
            throw new IllegalArgumentException("adam: need 0 <= b1 < 1, 0 <= b2 < 1 and eps > 0, got b1=" + b1
                    + ", b2=" + b2 + ", eps=" + eps);
        }
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
    }

    @Override
    public State init(Map<String, Tensor> params) {
        return new State(0, Trees.zerosLike(params), Trees.zerosLike(params));
    }

    @Override
    public Update<State> update(Map<String, Tensor> grads, State state, Map<String, Tensor> params) {
        long t = state.count() + 1;
        Map<String, Tensor> mu = Trees.zip(state.mu(), grads,
                (m, g) -> m.backend().zip(BinaryOp.ADD, Trees.scale(m, b1), Trees.scale(g, 1 - b1)));
        Map<String, Tensor> nu = Trees.zip(state.nu(), grads,
                (v, g) -> v.backend().zip(BinaryOp.ADD, Trees.scale(v, b2), Trees.scale(g.backend().map(UnaryOp.SQUARE, g, 0, 0), 1 - b2)));
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        Map<String, Tensor> updates = Trees.zip(mu, nu, (m, v) -> {
            var be = m.backend();
            Tensor mHat = be.zip(BinaryOp.DIV, m, be.fill(m.shape(), c1));
            Tensor vHat = be.zip(BinaryOp.DIV, v, be.fill(v.shape(), c2));
            return be.zip(BinaryOp.DIV, mHat, be.map(UnaryOp.AFFINE, be.map(UnaryOp.SQRT, vHat, 0, 0), 1, eps));
        });
        return new Update<>(updates, new State(t, mu, nu));
    }

    @Override
    public Map<String, Tensor> saveState(State state) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("count", Trees.count(state.count()));
        Trees.putSubtree(out, "mu/", state.mu());
        Trees.putSubtree(out, "nu/", state.nu());
        return out;
    }

    @Override
    public State loadState(Map<String, Tensor> saved, Map<String, Tensor> params) {
        return new State(Trees.count(saved, "count"), Trees.subtree(saved, "mu/", params), Trees.subtree(saved, "nu/", params));
    }
}
