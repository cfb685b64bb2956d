// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.Arrays;
import org.fsnn.api.autodiff.Jacobians;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.metrics.LearnedModel;

/**
 * A trained FSNN seen by the metrics as a right-hand side in the state's own coordinates, so the
 * same {@link org.fsnn.training.metrics.Evaluator} scores it and a right-hand-side MLP.
 *
 * <p>The FSNN defines its vector field in fast–slow coordinates w = h(z; ε) = [y, x] (FSNN
 * eq. 2.6): V(w) = [T(x) y + f(x, y, ε), ε g(x, y, ε)] in fast time τ. In z it is the push-forward
 * F(z) = ∂h⁻¹/∂w · V(w), the derivative of the decoder along V. That directional derivative is
 * taken as a central difference F ≈ (h⁻¹(w + δV) − h⁻¹(w − δV)) / 2δ with δ = {@value #DELTA}
 * (error O(δ²) ≈ 1e-10 relative for a smooth flow, round-off about 1e-11), and the Jacobian ∂F/∂z
 * is the reverse-mode autodiff Jacobian of that same expression, so rollouts and eigenvalues see
 * one consistent field and no second derivatives of the flow are needed from the tape.
 *
 * <p>Time: where the system is written in slow time t = ε τ (Davis–Skodje, ε dividing the fast
 * equation), d/dt = (1/ε) d/dτ, so {@code slowTime} divides the field and its Jacobian by ε; the
 * learned fast eigenvalue λ̂ of T becomes λ̂/ε and the slow one ε μ̂ becomes μ̂ in physical units.
 */
public final class FsnnModelField implements LearnedModel {
    /** The step, in fast time, of the central difference along the normal-form field. */
    public static final double DELTA = 1e-5;

    private final FastSlowNetwork net;
    private final Backend backend;
    private final boolean slowTime;

    /**
     * @param net the trained network
     * @param backend where it lives
     * @param slowTime whether the physical system runs in slow time t = ε τ (divide by ε)
     */
    public FsnnModelField(FastSlowNetwork net, Backend backend, boolean slowTime) {
        this.net = net;
        this.backend = backend;
        this.slowTime = slowTime;
    }

    @Override
    public int dimension() {
        return net.stateDim();
    }

    @Override
    public void rhs(double[] z, double eps, double[] dzdt, int count) {
        checkEps(eps);
        try (MemoryScope _ = backend.scope(); Tape.NoGrad _ = Tape.noGrad()) {
            Var e = Var.constant(epsColumn(eps, count));
            Tensor out = field(Var.constant(backend.fromArray(z, count, dimension())), e).value();
            System.arraycopy(out.toArray(), 0, dzdt, 0, count * dimension());
        }
    }

    @Override
    public double[] jacobians(double[] z, double eps, int count) {
        checkEps(eps);
        try (MemoryScope _ = backend.scope()) {
            Var e = Var.constant(epsColumn(eps, count));
            return Jacobians.perSample(zv -> field(zv, e), backend.fromArray(z, count, dimension())).toArray();
        }
    }

    /** F(z), {@code [b, N]}, in physical time. */
    private Var field(Var z, Var eps) {
        FastSlowState s = net.encode(z, eps);
        Var x = s.x();
        Var y = s.y();
        Var dy = Ops.add(Ops.matvec(net.linear(x, eps), y), net.fastNonlinear(x, y, eps));
        Var dx = Ops.mul(net.slow(x, y, eps), eps);
        Var plus = net.decode(new FastSlowState(Ops.add(x, Ops.mul(dx, DELTA)), Ops.add(y, Ops.mul(dy, DELTA))), eps);
        Var minus = net.decode(new FastSlowState(Ops.sub(x, Ops.mul(dx, DELTA)), Ops.sub(y, Ops.mul(dy, DELTA))), eps);
        Var f = Ops.div(Ops.sub(plus, minus), 2 * DELTA);
        return slowTime ? Ops.div(f, eps) : f;
    }

    private void checkEps(double eps) {
        if (slowTime && !(eps > 0)) {
            throw new IllegalArgumentException("an FSNN in slow time needs ε > 0, got " + eps);
        }
    }

    private Tensor epsColumn(double eps, int count) {
        double[] e = new double[count];
        Arrays.fill(e, eps);
        return backend.fromArray(e, count, 1);
    }
}
