// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * Transforms applied in order, each to the previous one's updates (Optax {@code chain}). The
 * state is the list of the parts' states; saved entries are prefixed with the part's index
 * ({@code 1/mu/dense0.weight}).
 */
public final class Chain implements GradientTransform<Chain.State> {
    private final List<GradientTransform<?>> parts;

    /**
     * The parts' states, in order.
     *
     * @param states one per part
     */
    public record State(List<Object> states) {
        /** Copies the list. */
        public State {
            states = List.copyOf(states);
        }
    }

    /** @param parts the transforms, at least one */
    public Chain(List<GradientTransform<?>> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("chain: needs at least one transform");
        }
        this.parts = List.copyOf(parts);
    }

    /** The transforms, in order. */
    public List<GradientTransform<?>> parts() {
        return parts;
    }

    @Override
    public State init(Map<String, Tensor> params) {
        List<Object> states = new ArrayList<>();
        for (GradientTransform<?> t : parts) {
            states.add(t.init(params));
        }
        return new State(states);
    }

    @Override
    public Update<State> update(Map<String, Tensor> grads, State state, Map<String, Tensor> params) {
        Map<String, Tensor> u = grads;
        List<Object> next = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Update<?> step = step(parts.get(i), u, state.states().get(i), params);
            u = step.updates();
            next.add(step.state());
        }
        return new Update<>(u, new State(next));
    }

    @SuppressWarnings("unchecked")
    private static <S> Update<S> step(GradientTransform<S> t, Map<String, Tensor> u, Object s, Map<String, Tensor> params) {
        return t.update(u, (S) s, params);
    }

    @SuppressWarnings("unchecked")
    private static <S> Map<String, Tensor> save(GradientTransform<S> t, Object s) {
        return t.saveState((S) s);
    }

    @Override
    public Map<String, Tensor> saveState(State state) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Trees.putSubtree(out, i + "/", save(parts.get(i), state.states().get(i)));
        }
        return out;
    }

    @Override
    public State loadState(Map<String, Tensor> saved, Map<String, Tensor> params) {
        List<Object> states = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String prefix = i + "/";
            Map<String, Tensor> mine = new LinkedHashMap<>();
            saved.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    mine.put(k.substring(prefix.length()), v);
                }
            });
            states.add(parts.get(i).loadState(mine, params));
        }
        return new State(states);
    }
}
