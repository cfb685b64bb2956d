// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.fsnn.integrators.imex.StabilityFunction.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImexTableauTest {

    static Stream<ImexTableau> secondOrderTableaus() {
        return Stream.of(ImexTableau.SSP2_222, ImexTableau.ARS_222);
    }

    static Stream<ImexTableau> allTableaus() {
        return Stream.of(ImexTableau.SSP2_222, ImexTableau.ARS_222, ImexTableau.EULER);
    }

    @Test
    void ssp2IsTheTableauOfPareschiAndRusso() {
        double gamma = 1 - 1 / Math.sqrt(2);
        ImexTableau t = ImexTableau.SSP2_222;
        assertEquals(2, t.stages());
        assertEquals(gamma, t.a(0, 0), 0);
        assertEquals(1 - 2 * gamma, t.a(1, 0), 0);
        assertEquals(gamma, t.a(1, 1), 0);
        assertEquals(1, t.explicitA(1, 0), 0);
        assertEquals(0.5, t.b(0), 0);
        assertEquals(0.5, t.explicitB(1), 0);
    }

    @Test
    void ssp2IsLStableSinceStabilityAtInfinityVanishes() {
        double rInfinity = StabilityFunction.atInfinity(ImexTableau.SSP2_222);
        assertEquals(0, rInfinity, 1e-15, "R(∞) = 1 − bᵀA⁻¹𝟙");
    }

    @ParameterizedTest
    @MethodSource("allTableaus")
    void everyTableauIsAStableAndDampsInfiniteStiffness(ImexTableau tableau) {
        assertTrue(StabilityFunction.at(tableau, new Complex(-1e12, 0)).abs() < 1e-10, tableau.name());
        assertTrue(StabilityFunction.at(tableau, new Complex(-1e12, 3e11)).abs() < 1e-10, tableau.name());
        for (double re = -0.01; re > -1e6; re *= 3) {
            for (double im : new double[] {0, 0.5 * re, 5 * re}) {
                double r = StabilityFunction.at(tableau, new Complex(re, im)).abs();
                assertTrue(r <= 1 + 1e-14, tableau.name() + ": |R(" + re + " + " + im + "i)| = " + r + " > 1");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("secondOrderTableaus")
    void secondOrderTableausSatisfyTheCouplingConditions(ImexTableau t) {
        double[] c = new double[t.stages()];
        double[] cTilde = new double[t.stages()];
        for (int i = 0; i < t.stages(); i++) {
            for (int j = 0; j < t.stages(); j++) {
                c[i] += t.a(i, j);
                cTilde[i] += t.explicitA(i, j);
            }
        }
        double bc = 0;
        double bTildeCTilde = 0;
        double bCTilde = 0;
        double bTildeC = 0;
        for (int i = 0; i < t.stages(); i++) {
            bc += t.b(i) * c[i];
            bTildeCTilde += t.explicitB(i) * cTilde[i];
            bCTilde += t.b(i) * cTilde[i];
            bTildeC += t.explicitB(i) * c[i];
        }
        assertEquals(0.5, bc, 1e-15, t.name() + ": b·c");
        assertEquals(0.5, bTildeCTilde, 1e-15, t.name() + ": b̃·c̃");
        assertEquals(0.5, bCTilde, 1e-15, t.name() + ": b·c̃");
        assertEquals(0.5, bTildeC, 1e-15, t.name() + ": b̃·c");
    }

    @Test
    void anImplicitEntryAboveTheDiagonalIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImexTableau("bad",
                new double[][] {{1, 0.5}, {0, 1}}, new double[] {0.5, 0.5},
                new double[][] {{0, 0}, {1, 0}}, new double[] {0.5, 0.5}));
        assertEquals("bad: A[0][1] must be 0 (diagonally implicit: lower triangular), got 0.5", e.getMessage());
    }

    @Test
    void anExplicitDiagonalEntryIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImexTableau("bad",
                new double[][] {{1, 0}, {0, 1}}, new double[] {0.5, 0.5},
                new double[][] {{0, 0}, {1, 1}}, new double[] {0.5, 0.5}));
        assertEquals("bad: Ã[1][1] must be 0 (explicit: strictly lower triangular), got 1.0", e.getMessage());
    }

    @Test
    void inconsistentWeightsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImexTableau("bad",
                new double[][] {{1, 0}, {0, 1}}, new double[] {0.5, 0.6},
                new double[][] {{0, 0}, {1, 0}}, new double[] {0.5, 0.5}));
        assertTrue(e.getMessage().startsWith("bad: the weights b must sum to 1, got 1.1"), e.getMessage());
    }

    @Test
    void mismatchedStageCountsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ImexTableau("bad",
                new double[][] {{1}}, new double[] {1},
                new double[][] {{0, 0}, {1, 0}}, new double[] {0.5, 0.5}));
        assertEquals("bad: A, b, Ã, b̃ must all have 1 stages, got 1, 1, 2, 2", e.getMessage());
    }

    @Test
    void theTableauIsACopyNotAViewOfTheCallersArrays() {
        double[] b = {0.5, 0.5};
        ImexTableau t = new ImexTableau("copy", new double[][] {{1, 0}, {0, 1}}, b,
                new double[][] {{0, 0}, {1, 0}}, new double[] {0.5, 0.5});
        b[0] = 7;
        t.implicitB()[1] = 9;
        assertEquals(0.5, t.b(0), 0);
        assertEquals(0.5, t.b(1), 0);
    }
}
