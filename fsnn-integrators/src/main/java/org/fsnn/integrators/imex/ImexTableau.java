// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import java.util.Arrays;

/**
 * An implicit–explicit Runge–Kutta scheme as data: a diagonally implicit Butcher tableau
 * (A, b) for the stiff linear term T(x) y and an explicit one (Ã, b̃) for the rest, with the
 * same number of stages s (FSNN eq. 3.20–3.22; Ascher, Ruuth and Spiteri 1997; Pareschi and
 * Russo 2005). {@link ImexRungeKutta} runs any such pair.
 *
 * @param name a short label for messages
 * @param implicitA A, s×s lower triangular (diagonal included)
 * @param implicitB b, s weights summing to 1
 * @param explicitA Ã, s×s strictly lower triangular
 * @param explicitB b̃, s weights summing to 1
 */
public record ImexTableau(String name, double[][] implicitA, double[] implicitB, double[][] explicitA,
        double[] explicitB) {

    private static final double GAMMA = 1 - 1 / Math.sqrt(2);

    /**
     * IMEX-SSP2(2,2,2) of Pareschi and Russo (J. Sci. Comput. 25, 2005), the scheme of the FSNN
     * paper: second order, L-stable implicit part, strong-stability-preserving explicit part (Heun).
     * A = [[γ, 0], [1−2γ, γ]], b = [½, ½], γ = 1 − 1/√2; Ã = [[0, 0], [1, 0]], b̃ = [½, ½].
     */
    public static final ImexTableau SSP2_222 = new ImexTableau("IMEX-SSP2(2,2,2)",
            new double[][] {{GAMMA, 0}, {1 - 2 * GAMMA, GAMMA}}, new double[] {0.5, 0.5},
            new double[][] {{0, 0}, {1, 0}}, new double[] {0.5, 0.5});

    /**
     * ARS(2,2,2) of Ascher, Ruuth and Spiteri (Appl. Numer. Math. 25, 1997): second order,
     * stiffly accurate, L-stable; its first stage is explicit in both parts.
     */
    public static final ImexTableau ARS_222 = ars222();

    /**
     * IMEX Euler, ARS(1,1,1): forward Euler for the explicit terms, backward Euler for T(x) y;
     * first order, L-stable.
     */
    public static final ImexTableau EULER = new ImexTableau("IMEX-Euler",
            new double[][] {{0, 0}, {0, 1}}, new double[] {0, 1},
            new double[][] {{0, 0}, {1, 0}}, new double[] {1, 0});

    /** Validates shapes, triangularity and consistency (each weight vector sums to 1); copies the arrays. */
    public ImexTableau {
        int s = implicitB.length;
        if (s == 0) {
            throw new IllegalArgumentException(name + ": a tableau needs at least one stage");
        }
        if (implicitA.length != s || explicitA.length != s || explicitB.length != s) {
            throw new IllegalArgumentException(name + ": A, b, Ã, b̃ must all have " + s + " stages, got "
                    + implicitA.length + ", " + s + ", " + explicitA.length + ", " + explicitB.length);
        }
        for (int i = 0; i < s; i++) {
            if (implicitA[i].length != s || explicitA[i].length != s) {
                throw new IllegalArgumentException(name + ": row " + i + " of A and Ã must have " + s + " entries");
            }
            for (int j = 0; j < s; j++) {
                if (j > i && implicitA[i][j] != 0) {
                    throw new IllegalArgumentException(name + ": A[" + i + "][" + j
                            + "] must be 0 (diagonally implicit: lower triangular), got " + implicitA[i][j]);
                }
                if (j >= i && explicitA[i][j] != 0) {
                    throw new IllegalArgumentException(name + ": Ã[" + i + "][" + j
                            + "] must be 0 (explicit: strictly lower triangular), got " + explicitA[i][j]);
                }
            }
        }
        requireConsistent(name, "b", implicitB);
        requireConsistent(name, "b̃", explicitB);
        implicitA = deepCopy(implicitA);
        implicitB = implicitB.clone();
        explicitA = deepCopy(explicitA);
        explicitB = explicitB.clone();
    }

    /** The number of stages s. */
    public int stages() {
        return implicitB.length;
    }

    /** A[i][j]. */
    public double a(int i, int j) {
        return implicitA[i][j];
    }

    /** Ã[i][j]. */
    public double explicitA(int i, int j) {
        return explicitA[i][j];
    }

    /** b[i]. */
    public double b(int i) {
        return implicitB[i];
    }

    /** b̃[i]. */
    public double explicitB(int i) {
        return explicitB[i];
    }

    /** Whether f and g at stage i enter a later stage or the update (a non-zero column i of Ã or b̃). */
    public boolean explicitStageUsed(int i) {
        boolean used = explicitB[i] != 0;
        for (int k = i + 1; k < stages(); k++) {
            used |= explicitA[k][i] != 0;
        }
        return used;
    }

    /** Whether T(X^i) Y^i enters a later stage or the update (a non-zero column i of A below the diagonal, or b). */
    public boolean implicitStageUsed(int i) {
        boolean used = implicitB[i] != 0;
        for (int k = i + 1; k < stages(); k++) {
            used |= implicitA[k][i] != 0;
        }
        return used;
    }

    /** A copy of A. */
    @Override
    public double[][] implicitA() {
        return deepCopy(implicitA);
    }

    /** A copy of b. */
    @Override
    public double[] implicitB() {
        return implicitB.clone();
    }

    /** A copy of Ã. */
    @Override
    public double[][] explicitA() {
        return deepCopy(explicitA);
    }

    /** A copy of b̃. */
    @Override
    public double[] explicitB() {
        return explicitB.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImexTableau t && name.equals(t.name) && Arrays.deepEquals(implicitA, t.implicitA)
                && Arrays.equals(implicitB, t.implicitB) && Arrays.deepEquals(explicitA, t.explicitA)
                && Arrays.equals(explicitB, t.explicitB);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, implicitA, implicitB, explicitA, explicitB});
    }

    @Override
    public String toString() {
        return name + "[A=" + Arrays.deepToString(implicitA) + ", b=" + Arrays.toString(implicitB) + ", Ã="
                + Arrays.deepToString(explicitA) + ", b̃=" + Arrays.toString(explicitB) + "]";
    }

    private static ImexTableau ars222() {
        double delta = 1 - 1 / (2 * GAMMA);
        return new ImexTableau("ARS(2,2,2)",
                new double[][] {{0, 0, 0}, {0, GAMMA, 0}, {0, 1 - GAMMA, GAMMA}}, new double[] {0, 1 - GAMMA, GAMMA},
                new double[][] {{0, 0, 0}, {GAMMA, 0, 0}, {delta, 1 - delta, 0}}, new double[] {delta, 1 - delta, 0});
    }

    private static void requireConsistent(String name, String what, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        if (Math.abs(sum - 1) > 1e-12) {
            throw new IllegalArgumentException(name + ": the weights " + what + " must sum to 1, got " + sum);
        }
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
