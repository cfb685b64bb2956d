// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.layer.InvertibleLayer;
import org.fsnn.api.layer.Layer;
import org.fsnn.api.nn.Init;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

/** Every layer's gradients, with respect to its parameters and its inputs, against finite differences. */
class LayerGradientTest {
    private static final int BATCH = 3;
    private static final MlpSpec SMALL = MlpSpec.tanh(4);

    private static final Tensor EPS = uniform(11, 0.001, 0.1, BATCH, 1);

    /** Checks forward (and inverse, when there is one) w.r.t. parameters, input and context. */
    private static void checkLayer(String label, Layer layer, Tensor context) {
        Tensor x = uniform(12, -1, 1, BATCH, layer.inputDim());
        Var ctx = context == null ? null : Var.constant(context);
        GradientCheck.parameters(label + " forward", layer.parameters(), () -> layer.forward(Var.constant(x), ctx), 12);
        if (context == null) {
            GradientCheck.inputs(label + " forward", in -> layer.forward(in.get(0), null), x);
        } else {
            GradientCheck.inputs(label + " forward", in -> layer.forward(in.get(0), in.get(1)), x, context);
        }
        if (layer instanceof InvertibleLayer inv && !(layer instanceof Blat b && !b.isSquare())) {
            GradientCheck.parameters(label + " inverse", layer.parameters(), () -> inv.inverse(Var.constant(x), ctx), 12);
            if (context == null) {
                GradientCheck.inputs(label + " inverse", in -> inv.inverse(in.get(0), null), x);
            } else {
                GradientCheck.inputs(label + " inverse", in -> inv.inverse(in.get(0), in.get(1)), x, context);
            }
        }
    }

    @Test
    void mlpGradientsForEveryActivationMatchFiniteDifferences() {
        for (Activation a : List.of(Activation.TANH, Activation.SILU, Activation.SOFTPLUS, Activation.SIGMOID)) {
            MlpSpec spec = new MlpSpec(List.of(4, 3), a, Activation.IDENTITY, 0);
            checkLayer("mlp " + a, new Mlp(BACKEND, 3, 1, 2, spec, Init.generator(1)), EPS);
        }
    }

    @Test
    void mlpWithBlatWeightsGradientsMatchFiniteDifferences() {
        MlpSpec spec = new MlpSpec(List.of(4), Activation.TANH, Activation.SIGMOID, 3);
        checkLayer("mlp blat", new Mlp(BACKEND, 3, 0, 2, spec, Init.generator(2)), null);
    }

    @Test
    void squareBlatGradientsMatchFiniteDifferences() {
        checkLayer("blat 3x3", new Blat(BACKEND, 3, 3, 2.5, Init.generator(3)), null);
    }

    @Test
    void aBlatAppliedTwiceOnOneTapeReusesItsFactorsAndItsGradientsStillMatch() {
        Blat blat = new Blat(BACKEND, 3, 3, 2.5, Init.generator(13));
        Tensor x = uniform(15, -1, 1, BATCH, 3);
        GradientCheck.parameters("blat twice", blat.parameters(),
                () -> blat.apply(Ops.tanh(blat.apply(Var.constant(x)))), 12);
        for (var sizes : new int[][] {{3, 3}, {4, 2}}) {
            OrthogonalMatrix q = new OrthogonalMatrix(BACKEND, sizes[0], sizes[1], Init.generator(14));
            try (Tape tape = Tape.open()) {
                Var outer = q.matrix();
                assertSame(outer, q.matrix(), "one Q per tape");
                try (Tape inner = Tape.open()) {
                    assertNotSame(outer, q.matrix(), "another tape records its own Q");
                }
            }
            assertNotSame(q.matrix(), q.matrix(), "nothing is kept without a tape");
        }
    }

    @Test
    void rectangularBlatGradientsMatchFiniteDifferences() {
        checkLayer("blat 4->2", new Blat(BACKEND, 4, 2, 2.5, Init.generator(4)), null);
        checkLayer("blat 2->4", new Blat(BACKEND, 2, 4, 2.5, Init.generator(5)), null);
    }

    @Test
    void affineCouplingGradientsMatchFiniteDifferences() {
        checkLayer("coupling", new AffineCoupling(BACKEND, 3, 1, 1, 2, SMALL, Init.generator(6)), EPS);
    }

    @Test
    void couplingFlowGradientsMatchFiniteDifferences() {
        checkLayer("flow", new CouplingFlow(BACKEND, 3, 1, 2, 2, 1, SMALL, Init.generator(7)), EPS);
    }

    @Test
    void negativeSchurGradientsMatchFiniteDifferences() {
        for (int n : new int[] {1, 2, 3, 4}) {
            NegativeSchur t = new NegativeSchur(BACKEND, 2, 1, n, 0.1, 0.1, SMALL, Init.generator(8 + n));
            checkLayer("negative-schur N_y=" + n, t, EPS);
        }
    }

    @Test
    void negativeSchurMatrixGradientWithRespectToRawOutputsMatchesFiniteDifferences() {
        NegativeSchur t = new NegativeSchur(BACKEND, 1, 0, 5, 0.1, 0.1, SMALL, Init.generator(13));
        GradientCheck.inputs("schur raw", in -> t.matrix(in.get(0)), uniform(14, -1.5, 1.5, BATCH, t.rawSize()));
    }

    @Test
    void lowRankBilinearGradientsMatchFiniteDifferences() {
        checkLayer("bilinear", new LowRankBilinear(BACKEND, 2, 3, 1, 2, SMALL, Init.generator(15)), EPS);
        LowRankBilinear b = new LowRankBilinear(BACKEND, 1, 2, 1, 2, SMALL, Init.generator(16));
        GradientCheck.inputs("bilinear x, y", in -> b.apply(in.get(0), in.get(1), in.get(2)),
                uniform(17, -1, 1, BATCH, 1), uniform(18, -1, 1, BATCH, 2), EPS);
    }

    @Test
    void orthogonalMatrixGradientsMatchFiniteDifferences() {
        for (int[] size : new int[][] {{3, 3}, {4, 2}, {3, 1}}) {
            OrthogonalMatrix q = new OrthogonalMatrix(BACKEND, size[0], size[1], Init.generator(19));
            GradientCheck.parameters("orthogonal " + size[0] + "x" + size[1], q.parameters(),
                    () -> Ops.mul(q.matrix(), 1.0), 20);
        }
    }
}
