// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.autodiff.Var;

/** Steps a batched vector field dz/dt = F(z, ε). */
public interface OdeIntegrator extends Integrator {

    /**
     * One step (or one data interval, however many internal sub-steps the scheme takes).
     *
     * @param field F
     * @param z the states, {@code [b, d]}
     * @param eps ε per sample, {@code [b, 1]}
     * @param dt the step per sample, {@code [b, 1]}
     * @return the states after {@code dt}
     */
    Var step(VectorField field, Var z, Var eps, Var dt);
}
