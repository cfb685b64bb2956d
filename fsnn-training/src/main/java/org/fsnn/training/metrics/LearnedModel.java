// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

/**
 * What evaluation needs of a trained right-hand-side model F_θ(z, ε): its physical right-hand
 * side and its physical Jacobian ∂F_θ/∂z (with the target transform inverted, paper eq. 24), on
 * batches of states at one ε.
 */
public interface LearnedModel {

    /** The state dimension d. */
    int dimension();

    /** Writes F_θ(z_i, ε), row-major {@code [count, d]}, into {@code dzdt}. */
    void rhs(double[] z, double eps, double[] dzdt, int count);

    /** The Jacobians ∂F_θ/∂z at the {@code count} states, row-major {@code [count, d, d]}. */
    double[] jacobians(double[] z, double eps, int count);

    /** The model at a fixed ε as a {@link BatchField}. */
    default BatchField at(double eps) {
        LearnedModel self = this;
        return new BatchField() {
            @Override
            public int dimension() {
                return self.dimension();
            }

            @Override
            public void rhs(double[] z, double[] dzdt, int count) {
                self.rhs(z, eps, dzdt, count);
            }
        };
    }
}
