// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

/**
 * A differentiable time stepper made by an {@link IntegratorProvider}: an
 * {@link OdeIntegrator} for plain vector fields, a {@link FastSlowIntegrator} for fields in
 * fast–slow normal form, or both. Every step runs on the autodiff tape, so losses on rollouts
 * can be differentiated with respect to the model's parameters.
 */
public interface Integrator {}
