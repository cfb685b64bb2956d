// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.loss;

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
