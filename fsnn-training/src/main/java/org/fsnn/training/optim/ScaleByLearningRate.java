// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * Multiplies updates by −η(k), the learning rate of a {@link Schedule} at update k (counted from
 * 0), so that adding them descends (Optax {@code scale_by_learning_rate}).
 */
public final class ScaleByLearningRate implements GradientTransform<ScaleByLearningRate.State> {
    private final Schedule schedule;

    /**
     * The state.
     *
     * @param count the number of updates so far
     */
    public record State(long count) {}

    /** @param schedule the learning rate by update count */
    public ScaleByLearningRate(Schedule schedule) {
        this.schedule = schedule;
    }

    /** The schedule. */
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public State init(Map<String, Tensor> params) {
        return new State(0);
    }

    @Override
    public Update<State> update(Map<String, Tensor> grads, State state, Map<String, Tensor> params) {
        double lr = schedule.at(state.count());
        return new Update<>(Trees.map(grads, g -> Trees.scale(g, -lr)), new State(state.count() + 1));
    }

    @Override
    public Map<String, Tensor> saveState(State state) {
        return Map.of("count", Trees.count(state.count()));
    }

    @Override
    public State loadState(Map<String, Tensor> saved, Map<String, Tensor> params) {
        return new State(Trees.count(saved, "count"));
    }
}
