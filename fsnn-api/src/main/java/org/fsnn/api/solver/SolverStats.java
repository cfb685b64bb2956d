// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

/**
 * The work one integration took.
 *
 * @param acceptedSteps steps that met the tolerance (every step, for fixed-step solvers)
 * @param rejectedSteps steps retried with a smaller step size
 * @param rhsEvaluations calls of the right-hand side, including finite differences
 * @param jacobianEvaluations calls of the Jacobian
 * @param luDecompositions LU factorizations of an iteration matrix
 */
public record SolverStats(long acceptedSteps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
        long luDecompositions) {

    /** No work at all: the identity of {@link #plus}. */
    public static final SolverStats ZERO = new SolverStats(0, 0, 0, 0, 0);

    /** Validates that every count is non-negative. */
    public SolverStats {
        if (acceptedSteps < 0 || rejectedSteps < 0 || rhsEvaluations < 0 || jacobianEvaluations < 0
                || luDecompositions < 0) {
            throw new IllegalArgumentException("solver statistics must be non-negative: accepted=" + acceptedSteps
                    + ", rejected=" + rejectedSteps + ", rhs=" + rhsEvaluations + ", jacobians=" + jacobianEvaluations
                    + ", lu=" + luDecompositions);
        }
    }

    /** The work of two integrations together. */
    public SolverStats plus(SolverStats other) {
        return new SolverStats(acceptedSteps + other.acceptedSteps, rejectedSteps + other.rejectedSteps,
                rhsEvaluations + other.rhsEvaluations, jacobianEvaluations + other.jacobianEvaluations,
                luDecompositions + other.luDecompositions);
    }

    @Override
    public String toString() {
        return acceptedSteps + " accepted, " + rejectedSteps + " rejected steps, " + rhsEvaluations + " rhs, "
                + jacobianEvaluations + " Jacobian evaluations, " + luDecompositions + " LU decompositions";
    }
}
