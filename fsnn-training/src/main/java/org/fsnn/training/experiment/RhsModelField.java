// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.Arrays;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.metrics.LearnedModel;
import org.fsnn.training.model.RhsModel;

/**
 * A trained {@link RhsModel} seen by the metrics: its physical right-hand side T⁻¹(a) and its
 * physical Jacobian diag(T⁻¹′(a))·∂a/∂z (paper eq. 24), on batches of states at one ε. Each call
 * reads its result back and frees its device memory (a rollout makes thousands of calls).
 */
final class RhsModelField implements LearnedModel {
    private final RhsModel model;
    private final Backend backend;

    RhsModelField(RhsModel model, Backend backend) {
        this.model = model;
        this.backend = backend;
    }

    @Override
    public int dimension() {
        return model.stateDim();
    }

    @Override
    public void rhs(double[] z, double eps, double[] dzdt, int count) {
        try (MemoryScope _ = backend.scope()) {
            Tensor out = model.physicalRhs(backend.fromArray(z, count, dimension()), epsColumn(eps, count));
            System.arraycopy(out.toArray(), 0, dzdt, 0, count * dimension());
        }
    }

    @Override
    public double[] jacobians(double[] z, double eps, int count) {
        try (MemoryScope _ = backend.scope()) {
            return model.physicalJacobian(backend.fromArray(z, count, dimension()), epsColumn(eps, count)).toArray();
        }
    }

    private Tensor epsColumn(double eps, int count) {
        double[] e = new double[count];
        Arrays.fill(e, eps);
        return backend.fromArray(e, count, 1);
    }
}
