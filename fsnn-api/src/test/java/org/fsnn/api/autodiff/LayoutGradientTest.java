// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.check;
import static org.fsnn.api.autodiff.GradientCheck.uniform;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutGradientTest {

    @Test
    void concatMatchesFiniteDifferences() {
        check("concat matrices", v -> Ops.concat(v), uniform(1, -1, 1, 3, 2), uniform(2, -1, 1, 3, 1),
                uniform(3, -1, 1, 3, 4));
        check("concat batches", v -> Ops.concat(v.get(0), v.get(1)), uniform(4, -1, 1, 2, 3, 2),
                uniform(5, -1, 1, 2, 3, 3));
    }

    @Test
    void sliceMatchesFiniteDifferences() {
        check("slice", v -> Ops.slice(v.get(0), 1, 3), uniform(6, -1, 1, 3, 5));
        check("slice batch", v -> Ops.slice(v.get(0), 0, 2), uniform(7, -1, 1, 2, 3, 4));
    }

    @Test
    void reshapeMatchesFiniteDifferences() {
        check("reshape", v -> Ops.mul(Ops.reshape(v.get(0), 3, 4), v.get(1)), uniform(8, -1, 1, 2, 6),
                uniform(9, -1, 1, 4));
    }

    @Test
    void transposeMatchesFiniteDifferences() {
        check("transpose", v -> Ops.mul(Ops.transpose(v.get(0)), v.get(1)), uniform(10, -1, 1, 3, 2),
                uniform(11, -1, 1, 3));
        check("transpose batch", v -> Ops.transpose(v.get(0)), uniform(12, -1, 1, 2, 3, 4));
    }

    @Test
    void gatherAndScatterAlongTheLastAxisMatchFiniteDifferences() {
        int[] index = {2, -1, 0, 2, 3};
        check("gatherLast", v -> Ops.gatherLast(v.get(0), index), uniform(13, -1, 1, 3, 4));
        check("gatherLast batch", v -> Ops.gatherLast(v.get(0), index), uniform(14, -1, 1, 2, 3, 4));
        check("scatterAddLast", v -> Ops.scatterAddLast(v.get(0), index, 6), uniform(15, -1, 1, 3, 5));
    }

    @Test
    void gatherAndScatterRowsMatchFiniteDifferences() {
        int[] rows = {1, 1, 0, 3};
        check("gatherRows", v -> Ops.gatherRows(v.get(0), rows), uniform(16, -1, 1, 4, 3));
        check("gatherRows batch", v -> Ops.gatherRows(v.get(0), rows), uniform(17, -1, 1, 4, 2, 2));
        check("scatterAddRows", v -> Ops.scatterAddRows(v.get(0), rows, 5), uniform(18, -1, 1, 4, 3));
    }

    @Test
    void concatOfSlicesRebuildsTheInputGradient() {
        check("concat(slice, slice)", v -> Ops.concat(List.of(Ops.slice(v.get(0), 2, 4), Ops.slice(v.get(0), 0, 2))),
                uniform(19, -1, 1, 3, 4));
    }
}
