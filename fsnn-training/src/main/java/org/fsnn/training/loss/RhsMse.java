// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import java.util.List;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.training.model.RhsModel;

/**
 * The derivative-matching loss (eq. 13 of the stiff operator-learning paper) in the model's
 * target space: (1/b) Σ_j ‖a(z_j, ε_j) − T(ż_j)‖², with T the model's target transform (the
 * identity gives eq. 13 itself). One term, {@value #TERM}.
 */
public final class RhsMse implements Loss<RhsModel, RhsBatch> {
    /** The term's name. */
    public static final String TERM = "rhs";

    @Override
    public Class<RhsModel> modelType() {
        return RhsModel.class;
    }

    @Override
    public Class<RhsBatch> batchType() {
        return RhsBatch.class;
    }

    @Override
    public LossTerms terms(RhsModel model, RhsBatch batch) {
        return shardTerms(model, List.of(batch), 0);
    }

    /** The shard's sum of squared errors divided by the whole batch's sample count. */
    @Override
    public LossTerms shardTerms(RhsModel model, List<RhsBatch> shards, int shard) {
        int samples = 0;
        for (RhsBatch b : shards) {
            samples += b.size();
        }
        RhsBatch batch = shards.get(shard);
        Var predicted = model.apply(Var.constant(batch.states()), Var.constant(batch.eps()));
        Var target = model.transform().forward(Var.constant(batch.targets()));
        return LossTerms.of(TERM, Ops.mul(Ops.sum(Ops.square(Ops.sub(predicted, target))), 1.0 / samples));
    }
}
