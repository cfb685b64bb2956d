// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Linear;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;

/**
 * A SiLU MLP trained by plain SGD on the mean squared error, written against the {@link Backend}
 * interface only (as training code is): each step runs in a {@link MemoryScope} that keeps the
 * updated parameters and frees every activation and gradient, and the replaced parameter values are
 * released at once.
 */
final class SgdMlp {
    private final Backend backend;
    private final List<Linear> layers = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();

    /** Layers of the given widths, e.g. {@code 3, 32, 2}, initialized from the seed. */
    SgdMlp(Backend backend, long seed, int... widths) {
        this.backend = backend;
        var rng = Init.generator(seed);
        for (int i = 0; i + 1 < widths.length; i++) {
            Linear layer = new Linear(backend, widths[i], widths[i + 1], rng);
            layers.add(layer);
            parameters.addAll(layer.parameters().values());
        }
    }

    private Var forward(Var x) {
        Var h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).apply(h);
            if (i + 1 < layers.size()) {
                h = Ops.silu(h);
            }
        }
        return h;
    }

    /** One SGD step {@code p ← p − lr·∇p} on {@code mean((f(x) − y)²)}; returns the loss before it. */
    double step(Tensor x, Tensor y, double learningRate) {
        try (MemoryScope scope = backend.scope()) {
            double loss;
            try (Tape tape = Tape.open()) {
                Var l = Ops.mean(Ops.square(Ops.sub(forward(Var.constant(x)), Var.constant(y))));
                tape.backward(l);
                loss = l.value().toArray()[0];
            }
            for (Parameter p : parameters) {
                Tensor old = p.value();
                Tensor step = backend.map(UnaryOp.AFFINE, p.grad(), learningRate, 0);
                p.set(scope.keep(backend.zip(BinaryOp.SUB, old, step)));
                p.zeroGrad();
                old.buffer().release(); // a device frees it once the queued update has read it
            }
            return loss;
        }
    }

    /** Every parameter's current value, flattened in layer order. */
    double[][] parameterValues() {
        return parameters.stream().map(p -> p.value().toArray()).toArray(double[][]::new);
    }
}
