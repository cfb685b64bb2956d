// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.transform;

import java.util.Map;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.tensor.Tensor;

/**
 * A componentwise, invertible map a = T(F) of regression targets, fitted once on the training
 * targets: a network learns a, and predictions and Jacobians go back through T⁻¹ and its
 * derivative (the chain rule J_phys = diag(T⁻¹′(a)) · ∂a/∂x).
 *
 * <p>Batches are {@code [b, d]}; the transform acts on each of the d components.
 */
public interface TargetTransform {

    /** a = T(F). */
    Var forward(Var f);

    /** F = T⁻¹(a). */
    Var inverse(Var a);

    /** dT⁻¹/da componentwise, the diagonal of the chain rule's first factor. */
    Var inverseDerivative(Var a);

    /** The fitted state (e.g. scales) by name, for checkpoints; restored by the provider. */
    Map<String, Tensor> state();
}
