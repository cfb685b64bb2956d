// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;

/** Optimizers as chains of {@link GradientTransform}s, and applying their updates. */
public final class Optim {
    private Optim() {}

    /** The transforms applied in order. */
    public static Chain chain(GradientTransform<?>... parts) {
        return new Chain(List.of(parts));
    }

    /** {@link ClipByGlobalNorm}. */
    public static ClipByGlobalNorm clipByGlobalNorm(double maxNorm) {
        return new ClipByGlobalNorm(maxNorm);
    }

    /** {@link ScaleByAdam}. */
    public static ScaleByAdam scaleByAdam(double b1, double b2, double eps) {
        return new ScaleByAdam(b1, b2, eps);
    }

    /** {@link ScaleByLearningRate}. */
    public static ScaleByLearningRate scaleByLearningRate(Schedule schedule) {
        return new ScaleByLearningRate(schedule);
    }

    /** Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8: {@code chain(scaleByAdam, scaleByLearningRate)}. */
    public static Chain adam(Schedule lr) {
        return adam(lr, 0.9, 0.999, 1e-8);
    }

    /** Adam with a constant learning rate. */
    public static Chain adam(double lr) {
        return adam(Schedule.constant(lr));
    }

    /** Adam: {@code chain(scaleByAdam(b1, b2, eps), scaleByLearningRate(lr))}. */
    public static Chain adam(Schedule lr, double b1, double b2, double eps) {
        return chain(scaleByAdam(b1, b2, eps), scaleByLearningRate(lr));
    }

    /** Plain gradient descent: {@code chain(scaleByLearningRate(lr))}. */
    public static Chain sgd(Schedule lr) {
        return chain(scaleByLearningRate(lr));
    }

    /** Plain gradient descent with a constant learning rate. */
    public static Chain sgd(double lr) {
        return sgd(Schedule.constant(lr));
    }

    /**
     * Adds each update to the parameter of the same name: p ← p + u.
     *
     * @throws IllegalArgumentException naming a parameter without an update
     */
    public static void applyUpdates(Map<String, Parameter> params, Map<String, Tensor> updates) {
        params.forEach((name, p) -> {
            if (!updates.containsKey(name)) {
                throw new IllegalArgumentException("applyUpdates: no update for parameter '" + name + "'");
            }
        });
        params.forEach((name, p) -> p.set(p.value().backend().zip(BinaryOp.ADD, p.value(), updates.get(name))));
    }
}
