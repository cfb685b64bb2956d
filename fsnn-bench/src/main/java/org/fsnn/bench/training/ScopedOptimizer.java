// SPDX-License-Identifier: Apache-2.0
package org.fsnn.bench.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.optim.Chain;
import org.fsnn.training.optim.ScaleByAdam;
import org.fsnn.training.optim.Update;

/**
 * An optimizer chain applied to named parameters inside a {@link MemoryScope}: the new parameter
 * values and the new optimizer state (Adam's moments) are kept past the scope, and the values and
 * state they replace are released, so a device backend holds the same number of buffers after
 * every step. Everything else the step allocates (gradients, bias corrections, updates) is freed
 * when the scope closes.
 */
public final class ScopedOptimizer {
    private final Map<String, Parameter> parameters;
    private final Chain optimizer;
    private Chain.State state;

    /**
     * @param parameters the parameters by unique name
     * @param optimizer the chain, e.g. {@code Optim.adam(lr)}; its state is made now
     */
    public ScopedOptimizer(Map<String, Parameter> parameters, Chain optimizer) {
        this.parameters = new LinkedHashMap<>(parameters);
        this.optimizer = optimizer;
        this.state = optimizer.init(values());
    }

    private Map<String, Tensor> values() {
        Map<String, Tensor> values = new LinkedHashMap<>();
        parameters.forEach((name, p) -> values.put(name, p.value()));
        return values;
    }

    /**
     * Adds the optimizer's updates for the accumulated gradients to the parameters, then forgets
     * the gradients.
     *
     * @param scope the innermost open scope of the parameters' backend on this thread
     */
    public void step(MemoryScope scope) {
        Map<String, Tensor> grads = new LinkedHashMap<>();
        parameters.forEach((name, p) -> grads.put(name, p.grad()));
        step(scope, grads);
    }

    /**
     * Adds the optimizer's updates for these gradients to the parameters, then forgets any
     * accumulated gradients.
     *
     * @param scope the innermost open scope of the parameters' backend on this thread
     * @param grads a gradient for every parameter, by name
     */
    public void step(MemoryScope scope, Map<String, Tensor> grads) {
        Update<Chain.State> update = optimizer.update(grads, state, values());
        List<Tensor> replaced = stateTensors(state);
        state = update.state();
        stateTensors(state).forEach(scope::keep);
        parameters.forEach((name, p) -> {
            Tensor old = p.value();
            p.set(scope.keep(old.backend().zip(BinaryOp.ADD, old, update.updates().get(name))));
            p.zeroGrad();
            replaced.add(old);
        });
        replaced.forEach(t -> t.buffer().release());
    }

    /** The tensors a chain's state holds: Adam's moments; the other parts hold counters only. */
    private static List<Tensor> stateTensors(Chain.State state) {
        List<Tensor> out = new ArrayList<>();
        for (Object part : state.states()) {
            if (part instanceof ScaleByAdam.State adam) {
                out.addAll(adam.mu().values());
                out.addAll(adam.nu().values());
            }
        }
        return out;
    }
}
