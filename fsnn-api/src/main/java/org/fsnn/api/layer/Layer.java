// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.layer;

import org.fsnn.api.autodiff.Var;
import org.fsnn.api.nn.Module;

/**
 * A differentiable map of a batch, optionally conditioned on a per-sample context such as ε: the
 * building block that {@link LayerProvider} plugins make.
 */
public abstract class Layer extends Module {

    /** A layer with no parameters registered yet. */
    protected Layer() {}

    /** The size of the last axis of the input. */
    public abstract int inputDim();

    /**
     * Applies the layer to a batch.
     *
     * @param x the input, {@code [b, inputDim()]}
     * @param context per-sample conditioning, {@code [b, c]} (e.g. ε as {@code [b, 1]}), or
     *     {@code null} for a layer that takes none
     */
    public abstract Var forward(Var x, Var context);
}
