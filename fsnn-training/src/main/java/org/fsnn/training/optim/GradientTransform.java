// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * One step of an optimizer as a pure function of gradients and an explicit state, after Optax's
 * {@code GradientTransformation}: {@link #init} makes the state, {@link #update} turns gradients
 * into updates (added to the parameters by {@link Optim#applyUpdates}) and the next state.
 * Transforms compose with {@link Optim#chain}.
 *
 * <p>Trees of tensors are maps from parameter name to tensor, in the model's parameter order.
 *
 * @param <S> the state, an immutable record
 */
public interface GradientTransform<S> {

    /** The state before the first update. */
    S init(Map<String, Tensor> params);

    /**
     * The updates for these gradients, and the next state.
     *
     * @param grads gradients (or the updates of an earlier transform in a chain), by name
     * @param state the current state
     * @param params the current parameters
     */
    Update<S> update(Map<String, Tensor> grads, S state, Map<String, Tensor> params);

    /**
     * The state as named tensors for a checkpoint; names are unique within this transform.
     * Counters are one-element tensors holding the count exactly (below 2⁵³).
     */
    Map<String, Tensor> saveState(S state);

    /**
     * The state from {@link #saveState}, with tensors moved to the parameters' backend.
     *
     * @throws IllegalArgumentException naming a missing or mis-shaped entry
     */
    S loadState(Map<String, Tensor> saved, Map<String, Tensor> params);
}
