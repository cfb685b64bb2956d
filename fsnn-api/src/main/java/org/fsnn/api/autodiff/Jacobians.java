// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/** Jacobians by reverse mode, for eigenvalue diagnostics and Jacobian losses. */
public final class Jacobians {
    private Jacobians() {}

    /**
     * The Jacobian of {@code f} at each row of {@code x}: {@code J[s, i, j] = ∂f(x)[s, i] / ∂x[s, j]}.
     *
     * <p>{@code f} maps a batch {@code [b, dIn]} to a batch {@code [b, dOut]} and must treat the
     * samples independently (row s of the output depends on row s of the input only), as every
     * network applied row-wise does. That is what makes this cheap: one tape, then {@code dOut}
     * reverse sweeps, sweep i seeded with a one in output column i of every row, whose gradient
     * row s is row i of sample s's Jacobian. A function that mixes samples (batch statistics)
     * gets the column sums of the cross-sample Jacobian instead.
     *
     * @param f the function, applied to the whole batch once
     * @param x the points, {@code [b, dIn]}
     * @return the Jacobians, {@code [b, dOut, dIn]}
     */
    public static Tensor perSample(UnaryOperator<Var> f, Tensor x) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("Jacobians.perSample: input must be a batch [b, dIn], got shape " + x.shape());
        }
        Backend be = x.backend();
        int b = x.dim(0);
        try (Tape tape = Tape.open()) {
            Var in = Var.input(x);
            Var out = f.apply(in);
            Shape outShape = out.value().shape();
            if (outShape.rank() != 2 || outShape.dim(0) != b) {
                throw new IllegalArgumentException("Jacobians.perSample: output must be a batch [" + b
                        + ", dOut] for input shape " + x.shape() + ", got shape " + outShape);
            }
            int dOut = outShape.dim(1);
            Tensor ones = be.fill(Shape.of(b, 1), 1);
            List<Tensor> rows = new ArrayList<>(dOut);
            int[] oneHot = new int[dOut];
            for (int i = 0; i < dOut; i++) {
                Arrays.fill(oneHot, -1);
                oneHot[i] = 0;
                rows.add(tape.gradient(out, be.gatherLast(ones, oneHot)).of(in));
            }
            return be.concat(rows).reshape(b, dOut, x.dim(1));
        }
    }
}
