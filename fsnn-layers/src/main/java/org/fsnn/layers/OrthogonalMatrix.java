// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Module;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Shape;

/**
 * A differentiable n×k matrix with orthonormal columns (QᵀQ = I), as FSNN section 3.1
 * parameterizes the factors of a bLAT layer.
 *
 * <ul>
 *   <li>Square (k = n): Q = expm(A − Aᵀ) for a free n×n parameter {@code skew} A; the exponential
 *       of a skew-symmetric matrix is orthogonal with determinant 1.
 *   <li>Rectangular (k &lt; n): Q = H₁ H₂ ⋯ H_k E, the first k columns of a product of k
 *       Householder reflections H_i = I − 2 v_i v_iᵀ / (v_iᵀ v_i), with the vectors v_i the rows
 *       of the k×n parameter {@code householder}. Such products reach every matrix with
 *       orthonormal columns.
 * </ul>
 *
 * <p>Initialization: A has independent N(0, 1/n) entries and the v_i are N(0, 1) vectors, so Q
 * starts as a random rotation rather than the identity.
 *
 * <p>While a tape records, Q is computed once per tape, thread and parameter value and reused by
 * every later {@link #matrix()} call: a training step applies the flow at every point of every
 * trajectory, and recomputing the exponential (and, in the backward pass, its adjoint, an
 * exponential of twice the size) each time took a sixth of an Abraham–Lorentz step. Reusing the
 * recorded Q gives the same values and, through the tape's fan-out, the same gradient.
 */
public final class OrthogonalMatrix extends Module {
    private final int rows;
    private final int cols;
    private final Parameter skew;
    private final Parameter householder;
    private final Var columnsOfIdentity;
    private final ThreadLocal<Recorded> recorded = new ThreadLocal<>();

    /** Q as recorded on {@code tape} from the parameter var {@code from}. */
    private record Recorded(Tape tape, Var from, Var q) {}

    /**
     * @param backend where the parameter lives
     * @param rows n
     * @param cols k, 1 ≤ k ≤ n
     * @param rng the generator; the parameter draws from its own split
     */
    public OrthogonalMatrix(Backend backend, int rows, int cols, SplittableGenerator rng) {
        if (cols < 1 || cols > rows) {
            throw new IllegalArgumentException("OrthogonalMatrix: need 1 <= cols <= rows, got rows=" + rows + ", cols=" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        if (rows == cols) {
            skew = parameter("skew", Init.normal(backend, Shape.of(rows, rows), 1 / Math.sqrt(rows), rng.split()));
            householder = null;
            columnsOfIdentity = null;
        } else {
            skew = null;
            householder = parameter("householder", Init.normal(backend, Shape.of(cols, rows), 1, rng.split()));
            double[] e = new double[rows * cols];
            for (int i = 0; i < cols; i++) {
                e[i * cols + i] = 1;
            }
            columnsOfIdentity = Var.constant(backend.fromArray(e, rows, cols));
        }
    }

    /** The number of rows n. */
    public int rows() {
        return rows;
    }

    /** The number of orthonormal columns k. */
    public int cols() {
        return cols;
    }

    /** Q, {@code [n, k]}. */
    public Var matrix() {
        Tape tape = Tape.recording();
        Var from = (skew != null ? skew : householder).var();
        Recorded r = recorded.get();
        if (tape != null && r != null && r.tape() == tape && r.from() == from) {
            return r.q();
        }
        Var q = compute();
        recorded.set(tape == null ? null : new Recorded(tape, from, q));
        return q;
    }

    private Var compute() {
        if (skew != null) {
            Var a = skew.var();
            return Ops.expm(Ops.sub(a, Ops.transpose(a)));
        }
        Var q = columnsOfIdentity;
        Var vs = householder.var();
        for (int i = cols - 1; i >= 0; i--) {
            Var v = Ops.reshape(Ops.slice(Ops.reshape(vs, 1, cols * rows), i * rows, (i + 1) * rows), rows, 1);
            // H q = q − v (2 / vᵀv) (vᵀ q)
            Var vtq = Ops.matmul(v, q, true, false);
            Var scale = Ops.div(Ops.reshape(Ops.sum(Ops.square(v)), 1, 1), 2);
            q = Ops.sub(q, Ops.matmul(Ops.div(v, scale), vtq));
        }
        return q;
    }
}
