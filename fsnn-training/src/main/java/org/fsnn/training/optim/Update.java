// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.Map;
import org.fsnn.api.tensor.Tensor;

/**
 * The result of {@link GradientTransform#update}.
 *
 * @param updates what to add to each parameter (or to pass to the next transform), by name
 * @param state the next state
 * @param <S> the state type
 */
public record Update<S>(Map<String, Tensor> updates, S state) {}
