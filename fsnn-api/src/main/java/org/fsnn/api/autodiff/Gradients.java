// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.fsnn.api.tensor.Tensor;

/** The gradients of one backward pass, by var. */
public final class Gradients {
    private final Map<Var, Tensor> byVar;

    Gradients(IdentityHashMap<Var, Tensor> byVar) {
        this.byVar = byVar;
    }

    /**
     * The gradient with respect to {@code v}: zeros of its shape when the output does not depend
     * on it.
     */
    public Tensor of(Var v) {
        Tensor g = byVar.get(v);
        return g != null ? g : v.value().backend().fill(v.value().shape(), 0);
    }

    /** The gradient with respect to {@code v} if the output depends on it. */
    public Optional<Tensor> find(Var v) {
        return Optional.ofNullable(byVar.get(v));
    }

    /** Visits every var that received a gradient. */
    void forEach(BiConsumer<Var, Tensor> action) {
        byVar.forEach(action);
    }
}
