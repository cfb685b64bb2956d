// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.layer;

import org.fsnn.api.autodiff.Var;

/** A layer whose inverse is computed in closed form at the cost of the forward map. */
public abstract class InvertibleLayer extends Layer {

    /** A layer with no parameters registered yet. */
    protected InvertibleLayer() {}

    /** The inverse map: {@code inverse(forward(x, c), c) = x} to round-off. */
    public abstract Var inverse(Var y, Var context);
}
