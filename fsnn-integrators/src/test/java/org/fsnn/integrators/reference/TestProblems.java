// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;

/** Small initial-value problems, most with closed-form solutions, for checking solvers. */
final class TestProblems {

    private TestProblems() {
    }

    /** A system given by its right-hand side and analytic Jacobian. */
    abstract static class Problem implements DynamicalSystem {
        private final int dimension;

        Problem(int dimension) {
            this.dimension = dimension;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public Params params() {
            return Params.resolve("test", List.of(), Map.of());
        }

        @Override
        public boolean hasAnalyticJacobian() {
            return true;
        }

        @Override
        public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
            for (int i = 0; i < count * dimension; i++) {
                out[i] = rng.nextDouble(-1, 1);
            }
        }
    }

    /**
     * dz/dt = A z with A = [[-a, -w], [w, -a]]: a decaying rotation, z(t) = e^{-a t} R(w t) z0.
     */
    static final class DecayingRotation extends Problem {
        final double a;
        final double w;

        DecayingRotation(double a, double w) {
            super(2);
            this.a = a;
            this.w = w;
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            dzdt[0] = -a * z[0] - w * z[1];
            dzdt[1] = w * z[0] - a * z[1];
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            jac[0] = -a;
            jac[1] = -w;
            jac[2] = w;
            jac[3] = -a;
        }

        double[] exact(double t, double[] z0) {
            double decay = Math.exp(-a * t);
            double c = Math.cos(w * t);
            double s = Math.sin(w * t);
            return new double[] {decay * (c * z0[0] - s * z0[1]), decay * (s * z0[0] + c * z0[1])};
        }
    }

    /** The non-autonomous dz/dt = cos(t) z, z(t) = z(0) e^{sin t}: exercises ∂f/∂t. */
    static final class CosineGrowth extends Problem {
        CosineGrowth() {
            super(1);
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            dzdt[0] = Math.cos(t) * z[0];
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            jac[0] = Math.cos(t);
        }

        double exact(double t, double z0) {
            return z0 * Math.exp(Math.sin(t));
        }
    }

    /**
     * Davis–Skodje: dz1/dt = -z1, dz2/dt = -γ z2 + ((γ-1) z1 + γ z1²)/(1+z1)², with the closed form
     * z1 = z1(0) e^{-t}, z2 = (z2(0) - v(z1(0))) e^{-γ t} + v(z1), v(x) = x/(1+x). Stiff for large γ.
     */
    static final class DavisSkodje extends Problem {
        final double gamma;

        DavisSkodje(double gamma) {
            super(2);
            this.gamma = gamma;
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            double p = 1 + z[0];
            dzdt[0] = -z[0];
            dzdt[1] = -gamma * z[1] + ((gamma - 1) * z[0] + gamma * z[0] * z[0]) / (p * p);
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            double p = 1 + z[0];
            jac[0] = -1;
            jac[1] = 0;
            double numerator = (gamma - 1) * z[0] + gamma * z[0] * z[0];
            jac[2] = ((gamma - 1) + 2 * gamma * z[0]) / (p * p) - 2 * numerator / (p * p * p);
            jac[3] = -gamma;
        }

        double[] exact(double t, double[] z0) {
            double z1 = z0[0] * Math.exp(-t);
            double slow = z1 / (1 + z1);
            return new double[] {z1, (z0[1] - z0[0] / (1 + z0[0])) * Math.exp(-gamma * t) + slow};
        }
    }

    /** Robertson's chemical kinetics, the classic stiff test (Hairer–Wanner II, section IV.1). */
    static final class Robertson extends Problem {
        Robertson() {
            super(3);
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            double slow = 0.04 * z[0];
            double coupled = 1e4 * z[1] * z[2];
            double fast = 3e7 * z[1] * z[1];
            dzdt[0] = -slow + coupled;
            dzdt[1] = slow - coupled - fast;
            dzdt[2] = fast;
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            jac[0] = -0.04;
            jac[1] = 1e4 * z[2];
            jac[2] = 1e4 * z[1];
            jac[3] = 0.04;
            jac[4] = -1e4 * z[2] - 6e7 * z[1];
            jac[5] = -1e4 * z[1];
            jac[6] = 0;
            jac[7] = 6e7 * z[1];
            jac[8] = 0;
        }
    }

    /** Van der Pol: dz1/dt = z2, dz2/dt = μ (1 - z1²) z2 - z1; stiff for large μ. */
    static final class VanDerPol extends Problem {
        final double mu;

        VanDerPol(double mu) {
            super(2);
            this.mu = mu;
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            dzdt[0] = z[1];
            dzdt[1] = mu * (1 - z[0] * z[0]) * z[1] - z[0];
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            jac[0] = 0;
            jac[1] = 1;
            jac[2] = -2 * mu * z[0] * z[1] - 1;
            jac[3] = mu * (1 - z[0] * z[0]);
        }
    }

    /** dz/dt = z², z(0) = 1: blows up at t = 1, so no solver can pass it. */
    static final class BlowUp extends Problem {
        BlowUp() {
            super(1);
        }

        @Override
        public void rhs(double t, double[] z, double[] dzdt) {
            dzdt[0] = z[0] * z[0];
        }

        @Override
        public void jacobian(double t, double[] z, double[] jac) {
            jac[0] = 2 * z[0];
        }
    }

    /** {@code count + 1} equally spaced times from {@code t0} to {@code t1} inclusive. */
    static double[] grid(double t0, double t1, int count) {
        double[] times = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            times[i] = i == count ? t1 : t0 + (t1 - t0) * i / count;
        }
        return times;
    }

    /** The slope of the least-squares line through (log x, log y). */
    static double logLogSlope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
            sxx += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
        }
        return sxy / sxx;
    }

    /** The largest absolute difference. */
    static double maxError(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
