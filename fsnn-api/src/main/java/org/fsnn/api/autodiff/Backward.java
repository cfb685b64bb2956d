// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import org.fsnn.api.tensor.Tensor;

/**
 * The backward half of a differentiable op: from the gradient of the op's output, the gradient
 * of each input, in the order the inputs were recorded ({@code null} for an input that needs
 * none).
 */
@FunctionalInterface
public interface Backward {

    /** @param gradOutput the gradient of the loss with respect to the op's output */
    Tensor[] apply(Tensor gradOutput);
}
