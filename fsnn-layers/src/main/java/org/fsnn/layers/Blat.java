// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.layer.InvertibleLayer;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Shape;

/**
 * The bi-Lipschitz affine transformation (bLAT) of FSNN Definition 3.3, eqs. (3.2)–(3.4):
 * f(x) = U Σ Vᵀ x + b from R^N to R^M, with U (M×r) and V (N×r) having orthonormal columns
 * ({@link OrthogonalMatrix}), r = min(M, N), and Σ = diag(σ_i), σ_i = θ_L(s_i) ∈ [1/L, L]
 * ({@link Lipschitz#bound}). Every singular value of the linear part lies in [1/L, L], so f is
 * L-Lipschitz; when M = N it is invertible, f⁻¹(y) = V Σ⁻¹ Uᵀ (y − b), and L-Lipschitz too.
 *
 * <p>Initialization: random U and V (see {@link OrthogonalMatrix}), log σ_i evenly spread over
 * [−½ log L, ½ log L] (distinct singular values, well inside the bounds where θ_L is not
 * saturated), b = 0. A layer that starts as the identity would start every coupling flow at
 * the identity too, a flat spot for training.
 *
 * <p>The layer takes no context; a context passed in is ignored. Only a square layer
 * ({@link #isSquare()}) has an {@link #inverse}.
 */
public final class Blat extends InvertibleLayer {
    private final int in;
    private final int out;
    private final double lipschitz;
    private final OrthogonalMatrix u;
    private final OrthogonalMatrix v;
    private final Parameter singular;
    private final Parameter bias;

    /**
     * @param backend where the parameters live
     * @param in N, the input size
     * @param out M, the output size
     * @param lipschitz L ≥ 1
     * @param rng the generator; each parameter draws from its own split
     */
    public Blat(Backend backend, int in, int out, double lipschitz, SplittableGenerator rng) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("blat: sizes must be positive, got in=" + in + ", out=" + out);
        }
        this.in = in;
        this.out = out;
        this.lipschitz = Lipschitz.check(lipschitz, "blat");
        int r = Math.min(in, out);
        u = child("u", new OrthogonalMatrix(backend, out, r, rng.split()));
        v = child("v", new OrthogonalMatrix(backend, in, r, rng.split()));
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            double t = r == 1 ? 0 : -0.5 + (double) i / (r - 1);
            s[i] = Lipschitz.unbound(Math.pow(lipschitz, t), lipschitz);
        }
        singular = parameter("singular", backend.fromArray(s, r));
        bias = parameter("bias", Init.zeros(backend, Shape.of(out)));
    }

    @Override
    public int inputDim() {
        return in;
    }

    /** The bias b, {@code [M]}. */
    public Parameter bias() {
        return bias;
    }

    /** M, the output size. */
    public int outputDim() {
        return out;
    }

    /** Whether M = N, the case with an inverse. */
    public boolean isSquare() {
        return in == out;
    }

    /** L. */
    public double lipschitz() {
        return lipschitz;
    }

    /** The singular values σ_i = θ_L(s_i), {@code [r]}. */
    public Var singularValues() {
        return Lipschitz.bound(singular.var(), lipschitz);
    }

    /** U Σ Vᵀ, {@code [M, N]}. */
    public Var matrix() {
        return Ops.matmul(Ops.mul(u.matrix(), singularValues()), v.matrix(), false, true);
    }

    /** f(x) = U Σ Vᵀ x + b for a batch x {@code [b, N]}. */
    public Var apply(Var x) {
        Var coords = Ops.mul(Ops.matmul(x, v.matrix()), singularValues());
        return Ops.add(Ops.matmul(coords, u.matrix(), false, true), bias.var());
    }

    @Override
    public Var forward(Var x, Var context) {
        return apply(x);
    }

    /** f⁻¹(y) = V Σ⁻¹ Uᵀ (y − b); only for a square layer. */
    @Override
    public Var inverse(Var y, Var context) {
        if (in != out) {
            throw new IllegalStateException("blat: a " + out + "x" + in + " layer is not square and has no inverse");
        }
        Var coords = Ops.div(Ops.matmul(Ops.sub(y, bias.var()), u.matrix()), singularValues());
        return Ops.matmul(coords, v.matrix(), false, true);
    }
}
