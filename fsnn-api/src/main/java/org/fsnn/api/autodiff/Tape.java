// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.tensor.Tensor;

/**
 * Records differentiable ops on the current thread, in the order they run, so that gradients can
 * be computed by one reverse sweep (reverse-mode automatic differentiation).
 *
 * <pre>{@code
 * try (Tape tape = Tape.open()) {
 *     Var loss = Ops.mean(Ops.square(Ops.sub(model.apply(x), y)));
 *     tape.backward(loss);            // accumulates into every parameter's gradient
 * }
 * }</pre>
 *
 * <p>Tapes nest: opening one while another records suspends the outer one until the inner one
 * closes. Inside {@link #noGrad()} nothing is recorded; a tape opened inside a no-grad scope
 * records nonetheless (an explicit request wins), and the scope resumes when the tape closes.
 * Because recording order is a topological order, backward needs no graph search.
 *
 * <p>Backward passes run with recording suspended, so gradients are plain tensors (first-order
 * only). A tape belongs to the thread that opened it.
 */
public final class Tape implements AutoCloseable {
    private static final ThreadLocal<Tape> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<int[]> NO_GRAD = ThreadLocal.withInitial(() -> new int[1]);

    private record Node(Var output, Var[] inputs, Backward backward) {}

    private final List<Node> nodes = new ArrayList<>();
    private final Tape outer;
    private final int suspendedNoGradDepth;
    private boolean closed;

    private Tape(Tape outer, int suspendedNoGradDepth) {
        this.outer = outer;
        this.suspendedNoGradDepth = suspendedNoGradDepth;
    }

    /** Starts recording on this thread, even inside a {@link #noGrad()} scope. */
    public static Tape open() {
        int[] depth = NO_GRAD.get();
        Tape tape = new Tape(CURRENT.get(), depth[0]);
        depth[0] = 0;
        CURRENT.set(tape);
        return tape;
    }

    /** Suspends recording on this thread until the returned scope closes. */
    public static NoGrad noGrad() {
        NO_GRAD.get()[0]++;
        return () -> NO_GRAD.get()[0]--;
    }

    /** A scope in which nothing is recorded. */
    @FunctionalInterface
    public interface NoGrad extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether an op run now would be recorded. */
    public static boolean isRecording() {
        return CURRENT.get() != null && NO_GRAD.get()[0] == 0;
    }

    /**
     * The tape that records ops run now on this thread, or null inside {@link #noGrad()} or with
     * no tape open. Layers may key a value computed from their parameters on it, to record that
     * computation once per tape however often the layer is applied.
     */
    public static Tape recording() {
        return isRecording() ? CURRENT.get() : null;
    }

    /**
     * Wraps an op's result: when any input needs a gradient and a tape records, the result needs
     * one too and the op's backward is recorded; otherwise the result is a constant.
     *
     * @param value the op's output
     * @param backward gradients of the inputs from the output's gradient, in input order
     * @param inputs the op's differentiable inputs
     */
    public static Var record(Tensor value, Backward backward, Var... inputs) {
        Tape tape = CURRENT.get();
        if (tape == null || NO_GRAD.get()[0] > 0) {
            return Var.constant(value);
        }
        boolean needed = false;
        for (Var in : inputs) {
            needed |= in.requiresGrad();
        }
        if (!needed) {
            return Var.constant(value);
        }
        Var out = new Var(value, true);
        tape.nodes.add(new Node(out, inputs, backward));
        return out;
    }

    /** The gradients of a scalar (one-element) output with respect to every var it depends on. */
    public Gradients gradient(Var output) {
        if (output.value().size() != 1) {
            throw new IllegalArgumentException("gradient: output of shape " + output.value().shape()
                    + " is not a scalar; pass a seed of that shape");
        }
        return gradient(output, output.value().backend().fill(output.value().shape(), 1));
    }

    /**
     * The vector–Jacobian product: gradients of {@code Σ seed ⊙ output} with respect to every var
     * the output depends on. The tape is not consumed; it can be swept again with another seed.
     */
    public Gradients gradient(Var output, Tensor seed) {
        if (!seed.shape().equals(output.value().shape())) {
            throw new IllegalArgumentException("gradient: seed shape " + seed.shape() + " must equal output shape "
                    + output.value().shape());
        }
        IdentityHashMap<Var, Tensor> grads = new IdentityHashMap<>();
        grads.put(output, seed);
        try (NoGrad _ = noGrad()) {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Node node = nodes.get(i);
                Tensor g = grads.get(node.output());
                if (g == null) {
                    continue;
                }
                Tensor[] inGrads = node.backward().apply(g);
                for (int k = 0; k < node.inputs().length; k++) {
                    Var in = node.inputs()[k];
                    if (in.requiresGrad() && inGrads[k] != null) {
                        grads.merge(in, inGrads[k], (a, b) -> a.backend().zip(BinaryOp.ADD, a, b));
                    }
                }
            }
        }
        return new Gradients(grads);
    }

    /**
     * Adds the gradient of a scalar loss to every parameter it depends on: each leaf made by
     * {@link Var#leaf} receives its gradient through its sink. Returns all the gradients.
     */
    public Gradients backward(Var loss) {
        Gradients grads = gradient(loss);
        grads.forEach((v, g) -> {
            if (v.gradientSink() != null) {
                v.gradientSink().accept(g);
            }
        });
        return grads;
    }

    /** The number of ops recorded so far. */
    public int size() {
        return nodes.size();
    }

    /** Stops recording and restores the tape that was recording before, if any. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            nodes.clear();
            NO_GRAD.get()[0] = suspendedNoGradDepth;
            if (CURRENT.get() == this) {
                if (outer != null) {
                    CURRENT.set(outer);
                } else {
                    CURRENT.remove();
                }
            }
        }
    }
}
