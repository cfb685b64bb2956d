// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

/**
 * The linear stability function of an IMEX tableau's implicit part, computed from the tableau
 * alone: R(z) = 1 + z bᵀ (I − zA)⁻¹ 𝟙, for complex z, by forward substitution (A is lower
 * triangular). One step of the scheme on dy/dt = λ y multiplies y by R(Δt λ).
 */
final class StabilityFunction {
    private StabilityFunction() {}

    /** A complex number. */
    record Complex(double re, double im) {
        Complex plus(Complex o) {
            return new Complex(re + o.re, im + o.im);
        }

        Complex times(Complex o) {
            return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        Complex times(double c) {
            return new Complex(re * c, im * c);
        }

        Complex dividedBy(Complex o) {
            double d = o.re * o.re + o.im * o.im;
            return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
        }

        double abs() {
            return Math.hypot(re, im);
        }
    }

    /** R(z). */
    static Complex at(ImexTableau tableau, Complex z) {
        int s = tableau.stages();
        Complex[] k = new Complex[s];
        Complex one = new Complex(1, 0);
        Complex sum = new Complex(0, 0);
        for (int i = 0; i < s; i++) {
            Complex rhs = one;
            for (int j = 0; j < i; j++) {
                rhs = rhs.plus(z.times(k[j]).times(tableau.a(i, j)));
            }
            k[i] = rhs.dividedBy(one.plus(z.times(-tableau.a(i, i))));
            sum = sum.plus(k[i].times(tableau.b(i)));
        }
        return one.plus(z.times(sum));
    }

    /**
     * R(∞) = 1 − bᵀ A⁻¹ 𝟙 for a tableau with a non-singular A (no zero on the diagonal), solving
     * A u = 𝟙 by forward substitution.
     */
    static double atInfinity(ImexTableau tableau) {
        int s = tableau.stages();
        double[] u = new double[s];
        double dot = 0;
        for (int i = 0; i < s; i++) {
            double rhs = 1;
            for (int j = 0; j < i; j++) {
                rhs -= tableau.a(i, j) * u[j];
            }
            u[i] = rhs / tableau.a(i, i);
            dot += tableau.b(i) * u[i];
        }
        return 1 - dot;
    }
}
