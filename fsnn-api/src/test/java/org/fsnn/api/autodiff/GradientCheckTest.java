// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GradientCheckTest {

    /** sin with a backward that is off by one part in 10⁵. */
    private static Var slightlyWrongSin(Var x) {
        Tensor xv = x.value();
        var be = xv.backend();
        return Tape.record(be.map(UnaryOp.SIN, xv, 0, 0),
                g -> new Tensor[] {be.map(UnaryOp.AFFINE, be.zip(BinaryOp.MUL, g, be.map(UnaryOp.COS, xv, 0, 0)), 1 + 1e-5, 0)},
                x);
    }

    @Test
    void rejectsAGradientThatIsWrongByOnePartInOneHundredThousand() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> GradientCheck.check("wrong sin", v -> slightlyWrongSin(v.get(0)), uniform(1, -1, 1, 3, 3)));
        assertTrue(e.getMessage().contains("relative error"), e.getMessage());
    }

    @Test
    void rejectsAnAllZeroGradientAsAnEmptyCheck() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> GradientCheck.check("relu of negatives", v -> Ops.relu(v.get(0)), uniform(2, -2, -1, 4)));
        assertTrue(e.getMessage().contains("zero"), e.getMessage());
    }
}
