// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.autodiff.Var;

/** Steps a batched fast–slow system in normal form ({@link FastSlowField}). */
public interface FastSlowIntegrator extends Integrator {

    /**
     * One step (or one data interval, however many internal sub-steps the scheme takes).
     *
     * @param field the normal-form right-hand side
     * @param state (x, y) per sample
     * @param eps ε per sample, {@code [b, 1]}
     * @param dt the step per sample, {@code [b, 1]}
     * @return the state after {@code dt}
     */
    FastSlowState step(FastSlowField field, FastSlowState state, Var eps, Var dt);
}
