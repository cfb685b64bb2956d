// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.loss;

import java.util.List;

/**
 * A training objective: from a model and a batch, its named terms as differentiable scalars.
 *
 * <p>The total loss is the sum of the terms ({@link LossTerms#total()}); each term already carries
 * its weight. Keeping the terms apart lets a trainer log each one and name the one that turned
 * non-finite.
 *
 * @param <M> the model type the loss evaluates
 * @param <B> the batch type it reads
 */
public interface Loss<M, B> {

    /** The model type this loss evaluates; trainers check it before the first batch. */
    Class<M> modelType();

    /** The batch type this loss reads. */
    Class<B> batchType();

    /**
     * The loss terms for one batch; call it while a {@link org.fsnn.api.autodiff.Tape} records to
     * get gradients.
     */
    LossTerms terms(M model, B batch);

    /**
     * The terms of one shard of a batch split into {@code shards}, each term scaled so that the
     * shards' terms add up to the terms of the whole batch (a term that is a mean over the batch
     * becomes the shard's sum divided by the whole batch's count). Gradients then add up the same
     * way, so a batch can be split across threads and its gradient summed. The default handles one
     * shard only; losses that can be split override it.
     *
     * @param model the model
     * @param shards the batch's parts; together they are the batch
     * @param shard which part to evaluate
     * @throws IllegalArgumentException if the loss cannot be split and there are several shards
     */
    default LossTerms shardTerms(M model, List<B> shards, int shard) {
        if (shards.size() == 1 && shard == 0) {
            return terms(model, shards.get(0));
        }
        throw new IllegalArgumentException("loss " + getClass().getSimpleName()
                + " cannot split a batch into shards; train it with one shard (training.shards = 1)");
    }

    /**
     * This loss seen with the given model and batch types.
     *
     * @throws IllegalArgumentException naming what this loss takes when the types do not fit
     */
    @SuppressWarnings("unchecked")
    default <M2, B2> Loss<M2, B2> as(Class<M2> model, Class<B2> batch) {
        if (!modelType().isAssignableFrom(model) || !batchType().isAssignableFrom(batch)) {
            throw new IllegalArgumentException("loss " + getClass().getSimpleName() + " evaluates a "
                    + modelType().getSimpleName() + " on a " + batchType().getSimpleName() + ", not a "
                    + model.getSimpleName() + " on a " + batch.getSimpleName());
        }
        return (Loss<M2, B2>) this;
    }
}
