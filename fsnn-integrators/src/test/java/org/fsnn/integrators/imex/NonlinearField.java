// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.fsnn.testkit.GradientCheck.BACKEND;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.VectorField;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * A nonlinear fast–slow field in FSNN normal form with N_x = 2, N_y = 3 (a 2×2 block and a 1×1
 * block), every coefficient read from the parameter vector θ ({@code [1, 11]}), so that gradients
 * with respect to the parameters can be checked:
 *
 * <pre>
 *   T(x) = [[−s, ω, θ2], [−ω, −s, θ3 x0], [0, 0, −θ5]],  s = softplus(θ0 + θ1 x1) + 1, ω = θ4
 *   f    = [θ6 y0 y2, θ7 y0 y1, θ8 y0²] + ε tanh(x0) y          (f(x, 0, ε) = 0)
 *   g    = [−x0 + sin x1 + θ9 y0, −θ10 x1 + x0 y1]
 * </pre>
 *
 * @param theta the parameters, {@code [1, 11]}
 * @param stiffness a factor on the diagonal blocks of T
 */
record NonlinearField(Var theta, double stiffness) implements FastSlowField {

    /** The number of parameters. */
    static final int PARAMETERS = 11;

    /** Moderate parameters: eigenvalues of T around −2 ± 1.5i and −4 (times the stiffness). */
    static Tensor defaultTheta() {
        return BACKEND.fromArray(new double[] {0.3, 0.5, 0.4, -0.6, 1.5, 4.0, 0.7, -0.5, 0.3, 0.8, 1.2}, 1, PARAMETERS);
    }

    @Override
    public int slowDim() {
        return 2;
    }

    @Override
    public int fastDim() {
        return 3;
    }

    @Override
    public BlockLayout layout() {
        return new BlockLayout(new int[] {2, 1});
    }

    @Override
    public Var linear(Var x, Var eps) {
        int batch = x.value().dim(0);
        Var zero = Var.constant(BACKEND.fill(Shape.of(batch, 1), 0));
        Var ones = Var.constant(BACKEND.fill(Shape.of(batch, 1), 1));
        Var s = Ops.mul(Ops.add(Ops.softplus(Ops.add(p(0), Ops.mul(p(1), col(x, 1)))), 1), stiffness);
        Var omega = Ops.mul(ones, Ops.mul(p(4), stiffness));
        List<Var> entries = new ArrayList<>(List.of(
                Ops.neg(s), omega, Ops.mul(ones, p(2)),
                Ops.neg(omega), Ops.neg(s), Ops.mul(p(3), col(x, 0)),
                zero, zero, Ops.mul(ones, Ops.mul(p(5), -stiffness))));
        return Ops.reshape(Ops.concat(entries), batch, 3, 3);
    }

    @Override
    public Var fastNonlinear(Var x, Var y, Var eps) {
        Var y0 = col(y, 0);
        Var bilinear = Ops.concat(
                Ops.mul(p(6), Ops.mul(y0, col(y, 2))),
                Ops.mul(p(7), Ops.mul(y0, col(y, 1))),
                Ops.mul(p(8), Ops.square(y0)));
        return Ops.add(bilinear, Ops.mul(Ops.mul(eps, Ops.tanh(col(x, 0))), y));
    }

    @Override
    public Var slow(Var x, Var y, Var eps) {
        Var g0 = Ops.add(Ops.add(Ops.neg(col(x, 0)), Ops.sin(col(x, 1))), Ops.mul(p(9), col(y, 0)));
        Var g1 = Ops.add(Ops.mul(Ops.neg(p(10)), col(x, 1)), Ops.mul(col(x, 0), col(y, 1)));
        return Ops.concat(g0, g1);
    }

    /** The same system as one ODE in z = (x, y): dz/dt = (ε g, T(x) y + f). */
    VectorField asOde() {
        return (z, eps) -> {
            Var x = Ops.slice(z, 0, 2);
            Var y = Ops.slice(z, 2, 5);
            Var fast = Ops.add(Ops.matvec(linear(x, eps), y), fastNonlinear(x, y, eps));
            return Ops.concat(Ops.mul(eps, slow(x, y, eps)), fast);
        };
    }

    private Var p(int i) {
        return Ops.slice(theta, i, i + 1);
    }

    private static Var col(Var v, int i) {
        return Ops.slice(v, i, i + 1);
    }
}
