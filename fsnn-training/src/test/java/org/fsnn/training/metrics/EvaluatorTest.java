// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.systems.DavisSkodjeProvider;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final DavisSkodjeProvider PROVIDER = new DavisSkodjeProvider();

    private static DynamicalSystem davisSkodje(double eps) {
        return PROVIDER.create(Params.resolve(PROVIDER.name(), PROVIDER.parameters(), Map.of("eps", eps)));
    }

    /** The exact Davis–Skodje field at a (possibly wrong) ε, as a "learned" model. */
    private static LearnedModel exactAt(java.util.function.DoubleUnaryOperator epsUsed) {
        return new LearnedModel() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void rhs(double[] z, double eps, double[] dzdt, int count) {
                davisSkodje(epsUsed.applyAsDouble(eps)).rhsBatch(0, z, dzdt, count);
            }

            @Override
            public double[] jacobians(double[] z, double eps, int count) {
                DynamicalSystem s = davisSkodje(epsUsed.applyAsDouble(eps));
                double[] out = new double[4 * count];
                double[] jac = new double[4];
                for (int i = 0; i < count; i++) {
                    s.jacobian(0, new double[] {z[2 * i], z[2 * i + 1]}, jac);
                    System.arraycopy(jac, 0, out, 4 * i, 4);
                }
                return out;
            }
        };
    }

    @Test
    void exactModelHasZeroErrors() {
        Evaluator.Result r = new Evaluator(3, 0.01, 1.0, 7).evaluate(davisSkodje(0.05), 0.05, exactAt(e -> e));
        assertEquals(0, r.metrics().rolloutL2(), 0);
        assertEquals(0, r.metrics().eigFastMae(), 1e-12);
        assertEquals(0, r.metrics().eigSlowMae(), 1e-15);
        assertEquals(101, r.view().times().length);
    }

    @Test
    void wrongStiffnessGivesTheKnownFastEigenvalueError() {
        // A model with ε' = 2ε has fast eigenvalue -1/(2ε): error 1/(2ε) = 10 at ε = 0.05, slow error 0.
        Evaluator.Result r = new Evaluator(2, 0.01, 0.5, 7).evaluate(davisSkodje(0.05), 0.05,
                exactAt(e -> 2 * e));
        assertEquals(10, r.metrics().eigFastMae(), 1e-9);
        assertEquals(0, r.metrics().eigSlowMae(), 1e-12);
        assertTrue(r.metrics().rolloutL2() > 0);
        assertEquals(-20, r.view().exactEigenvalues()[0][0], 1e-12);
        assertEquals(-10, r.view().learnedEigenvalues()[0][0], 1e-9);
    }
}
