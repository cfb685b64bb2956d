// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SlowManifold;

/**
 * The rescaled Abraham–Lorentz equations of the FSNN paper, an electron (ζ = −1) or positron
 * (ζ = +1) with radiation reaction in the tokamak field of eq. 5.22 ({@link TokamakField}), in the
 * forward-time form (eq. 5.19, {@code direction} = +1) or the reverse-time form (eq. 5.20,
 * {@code direction} = −1, the normally stable one the paper learns), with s = direction:
 *
 * <pre>
 *   dx/dt = s ε (2/3) v,   dv/dt = s ε (2/3) a,   da/dt = s (a − ζ v × B(x))
 * </pre>
 *
 * <p>Layout (x, v, a): position at 0–2, velocity at 3–5 (slow, N_x = 6), acceleration at 6–8 (fast,
 * N_y = 3). ε multiplies the slow equations. The fast block of the Jacobian is s·I: eigenvalues −1
 * three times in reverse time (the paper's Table 2), +1 in forward time; the slow block is
 * nilpotent, eigenvalues 0 six times.
 *
 * <p>Slow manifold, the same set in both directions, derived to first order from the invariance
 * equation of eq. 5.19:
 * a* = ζ v × B + ε (2/3) [(v × B) × B + ζ v × ((v·∇)B)] + O(ε²). The paper's eq. 5.21 prints
 * the coefficient 3/2 and omits the gradient term, which leaves an O(ε) residual.
 *
 * <p>Initial states are uniform in the paper's region R: R0 − 2a/3 ≤ r ≤ R0 + 2a/3 (2 ≤ r ≤ 4 at
 * the defaults), |z| ≤ 2a/3, ‖v‖ ≤ 1, ‖a − a*‖ ≤ 1.
 */
public final class AbrahamLorentz implements DynamicalSystem {
    private static final String OWNER = "abraham-lorentz";

    private final Params params;
    private final double eps;
    private final int zeta;
    private final int direction;
    private final TokamakField field;

    /** A system with resolved parameters (see {@link AbrahamLorentzProvider}). */
    public AbrahamLorentz(Params params) {
        this.params = params;
        this.eps = params.get(EPSILON);
        this.zeta = ParamChecks.sign(OWNER, params, "zeta", "electron", "positron");
        this.direction = ParamChecks.sign(OWNER, params, "direction", "reverse time, eq. 5.20",
                "forward time, eq. 5.19");
        this.field = new TokamakField(params.get("B0"), params.get("R0"), params.get("q0"), params.get("q2"),
                params.get("a"));
        if (2 * field.minor() / 3 >= field.r0()) {
            throw new IllegalArgumentException(OWNER + ": parameters 'a' = " + field.minor() + " and 'R0' = "
                    + field.r0() + " must satisfy 2a/3 < R0, so the sampled region stays at r > 0");
        }
    }

    /** The magnetic field. */
    TokamakField field() {
        return field;
    }

    @Override
    public int dimension() {
        return 9;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public void rhs(double t, double[] z, double[] dzdt) {
        // B goes through the output's acceleration slots, so the call allocates nothing
        field.field(z, 0, dzdt, 6);
        double b0 = dzdt[6];
        double b1 = dzdt[7];
        double b2 = dzdt[8];
        double slow = direction * eps * 2 / 3;
        for (int i = 0; i < 3; i++) {
            dzdt[i] = slow * z[3 + i];
            dzdt[3 + i] = slow * z[6 + i];
        }
        dzdt[6] = direction * (z[6] - zeta * (z[4] * b2 - z[5] * b1));
        dzdt[7] = direction * (z[7] - zeta * (z[5] * b0 - z[3] * b2));
        dzdt[8] = direction * (z[8] - zeta * (z[3] * b1 - z[4] * b0));
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double t, double[] z, double[] jac) {
        Arrays.fill(jac, 0, 81, 0);
        double[] b = new double[3];
        double[] db = new double[9];
        field.field(z, 0, b, 0);
        field.gradient(z, 0, db);
        double slow = direction * eps * 2 / 3;
        double sz = direction * zeta;
        for (int i = 0; i < 3; i++) {
            jac[i * 9 + 3 + i] = slow;
            jac[(3 + i) * 9 + 6 + i] = slow;
            jac[(6 + i) * 9 + 6 + i] = direction;
        }
        // ∂(v × B)/∂v = −[B]×, so the a-rows get +sζ[B]× in the v-columns
        jac[6 * 9 + 4] = -sz * b[2];
        jac[6 * 9 + 5] = sz * b[1];
        jac[7 * 9 + 3] = sz * b[2];
        jac[7 * 9 + 5] = -sz * b[0];
        jac[8 * 9 + 3] = -sz * b[1];
        jac[8 * 9 + 4] = sz * b[0];
        // ∂(v × B)/∂x_j = v × ∂B/∂x_j
        for (int j = 0; j < 3; j++) {
            double c0 = db[j];
            double c1 = db[3 + j];
            double c2 = db[6 + j];
            jac[6 * 9 + j] = -sz * (z[4] * c2 - z[5] * c1);
            jac[7 * 9 + j] = -sz * (z[5] * c0 - z[3] * c2);
            jac[8 * 9 + j] = -sz * (z[3] * c1 - z[4] * c0);
        }
    }

    @Override
    public Optional<FastSlowSplit> split() {
        return Optional.of(new FastSlowSplit(6, 3));
    }

    @Override
    public Optional<Eigenvalues> fastEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.repeated(direction, 3));
    }

    @Override
    public Optional<Eigenvalues> slowEigenvalues(double[] z) {
        return Optional.of(Eigenvalues.repeated(0, 6));
    }

    /** Writes a*(x, v), the first-order slow manifold, for the slow state (x, v) in {@code xv}. */
    void manifoldAcceleration(double[] xv, double[] a) {
        double[] b = new double[3];
        double[] db = new double[9];
        field.field(xv, 0, b, 0);
        field.gradient(xv, 0, db);
        double[] v = {xv[3], xv[4], xv[5]};
        double[] vxb = cross(v, b);
        double[] dbv = new double[3];
        for (int i = 0; i < 3; i++) {
            dbv[i] = db[3 * i] * v[0] + db[3 * i + 1] * v[1] + db[3 * i + 2] * v[2];
        }
        double[] drift = cross(vxb, b);
        double[] gradient = cross(v, dbv);
        for (int i = 0; i < 3; i++) {
            a[i] = zeta * vxb[i] + eps * 2 / 3 * (drift[i] + zeta * gradient[i]);
        }
    }

    static double[] cross(double[] u, double[] w) {
        return new double[] {u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]};
    }

    @Override
    public Optional<SlowManifold> slowManifold() {
        return Optional.of(new GraphManifold(6, 9, 1) {
            @Override
            void fast(double[] xv, double[] a) {
                manifoldAcceleration(xv, a);
            }

            @Override
            public void sampleSlow(SplittableRandom rng, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    sampleSlowState(rng, out, 6 * i);
                }
            }
        });
    }

    /** Draws (x, v) uniformly from the paper's region into {@code out} at {@code offset}. */
    private void sampleSlowState(SplittableRandom rng, double[] out, int offset) {
        double half = 2 * field.minor() / 3;
        double inner = field.r0() - half;
        double outer = field.r0() + half;
        double r = Math.sqrt(rng.nextDouble(inner * inner, outer * outer));
        double phi = rng.nextDouble(0, 2 * Math.PI);
        out[offset] = r * Math.cos(phi);
        out[offset + 1] = r * Math.sin(phi);
        out[offset + 2] = rng.nextDouble(-half, half);
        unitBall(rng, out, offset + 3);
    }

    /** A point uniform in the unit ball, by rejection from the cube. */
    private static void unitBall(SplittableRandom rng, double[] out, int offset) {
        double a;
        double b;
        double c;
        do {
            a = rng.nextDouble(-1, 1);
            b = rng.nextDouble(-1, 1);
            c = rng.nextDouble(-1, 1);
        } while (a * a + b * b + c * c > 1);
        out[offset] = a;
        out[offset + 1] = b;
        out[offset + 2] = c;
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        double[] xv = new double[6];
        double[] a = new double[3];
        double[] offset = new double[3];
        for (int i = 0; i < count; i++) {
            sampleSlowState(rng, xv, 0);
            manifoldAcceleration(xv, a);
            unitBall(rng, offset, 0);
            System.arraycopy(xv, 0, out, 9 * i, 6);
            for (int c = 0; c < 3; c++) {
                out[9 * i + 6 + c] = a[c] + offset[c];
            }
        }
    }
}
