// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.OdeIntegrator;
import org.fsnn.api.integrate.VectorField;

/**
 * The classical fourth-order Runge–Kutta method (Kutta 1901), differentiable through the tape:
 *
 * <pre>
 *   k1 = F(z),  k2 = F(z + Δt/2 k1),  k3 = F(z + Δt/2 k2),  k4 = F(z + Δt k3)
 *   z' = z + Δt/6 (k1 + 2 k2 + 2 k3 + k4)
 * </pre>
 *
 * Each data interval is split into {@code substeps} equal steps. Order 4, explicit: meant for
 * non-stiff neural ODEs; stiff fast–slow fields belong to the IMEX integrators.
 *
 * @param substeps equal steps per data interval, at least 1
 */
public record Rk4(int substeps) implements OdeIntegrator {

    /** Validates the sub-step count. */
    public Rk4 {
        if (substeps <= 0) {
            throw new IllegalArgumentException("rk4: substeps must be a positive integer, got " + substeps);
        }
    }

    @Override
    public Var step(VectorField field, Var z, Var eps, Var dt) {
        if (z.value().rank() != 2) {
            throw new IllegalArgumentException("rk4: z must have shape [b, d], got " + z.value().shape());
        }
        int batch = z.value().dim(0);
        StepArguments.requirePerSample("rk4", "eps", eps, batch);
        StepArguments.requirePerSample("rk4", "dt", dt, batch);
        Var h = substeps == 1 ? dt : Ops.mul(dt, 1.0 / substeps);
        Var halfH = Ops.mul(h, 0.5);
        Var sixthH = Ops.mul(h, 1.0 / 6);
        for (int k = 0; k < substeps; k++) {
            Var k1 = field.apply(z, eps);
            Var k2 = field.apply(Ops.add(z, Ops.mul(halfH, k1)), eps);
            Var k3 = field.apply(Ops.add(z, Ops.mul(halfH, k2)), eps);
            Var k4 = field.apply(Ops.add(z, Ops.mul(h, k3)), eps);
            Var sum = Ops.add(Ops.add(k1, k4), Ops.mul(Ops.add(k2, k3), 2));
            z = Ops.add(z, Ops.mul(sixthH, sum));
        }
        return z;
    }
}
