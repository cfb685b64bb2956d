// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.autodiff.Var;

/** A batched autonomous vector field dz/dt = F(z, ε), e.g. a neural ODE; ε is {@code [b, 1]}. */
@FunctionalInterface
public interface VectorField {

    /** F(z, ε), the same shape as {@code z}. */
    Var apply(Var z, Var eps);
}
