// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.check;
import static org.fsnn.api.autodiff.GradientCheck.uniform;

import java.util.Arrays;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReductionsGradientTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void wholeTensorSumAndMeanMatchFiniteDifferences(int rank) {
        Tensor x = uniform(rank, -1, 1, Arrays.copyOf(new int[] {2, 3, 4}, rank));
        // squared first so the gradient depends on x and a wrong spread shows
        check("sum", v -> Ops.sum(Ops.square(v.get(0))), x);
        check("mean", v -> Ops.mean(Ops.square(v.get(0))), x);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, -1, -2})
    void sumAndMeanAlongAnAxisMatchFiniteDifferences(int axis) {
        Tensor x3 = uniform(20, -1, 1, 2, 3, 4);
        check("sum axis " + axis, v -> Ops.square(Ops.sum(v.get(0), axis)), x3);
        check("mean axis " + axis, v -> Ops.square(Ops.mean(v.get(0), axis)), x3);
        if (axis != 2) {
            Tensor x2 = uniform(21, -1, 1, 3, 5);
            check("sum matrix axis " + axis, v -> Ops.square(Ops.sum(v.get(0), axis)), x2);
            check("mean matrix axis " + axis, v -> Ops.square(Ops.mean(v.get(0), axis)), x2);
        }
    }
}
