// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.model;

import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * A model's state that is fitted from the training data rather than trained: input
 * normalization, target-transform scales. Checkpoints save it beside the parameters.
 */
public interface FittedState {

    /** The fitted tensors by name. */
    Map<String, Tensor> fittedState();

    /**
     * Restores what {@link #fittedState()} returned.
     *
     * @throws IllegalArgumentException naming a missing or mis-shaped entry
     */
    void loadFittedState(Map<String, Tensor> state);
}
