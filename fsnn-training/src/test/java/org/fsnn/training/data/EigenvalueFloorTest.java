// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EigenvalueFloorTest {

    @Test
    void tableOverThePaperGridShowsTheBurstBiasAndItsCorrections() {
        double[] grid = EpsilonSampler.paperGrid().values().stream().mapToDouble(Double::doubleValue).toArray();
        List<LabelSpec> labels = List.of(LabelSpec.paper(), LabelSpec.of(LabelMode.BURST_RICHARDSON, 1e-2),
                LabelSpec.of(LabelMode.BURST_ADAPTIVE, 1e-2), LabelSpec.direct());
        EigenvalueFloor table = EigenvalueFloor.table(labels, grid,
                EigenvalueFloor.fastestEigenvalue(TestSystems.family("davis-skodje"), new double[] {1, 0.5}));
        System.out.println(table.toMarkdown());
        assertEquals(grid.length, table.rows().size());
        for (EigenvalueFloor.Row row : table.rows()) {
            double lambda = -1 / row.epsilon();
            double x = lambda * 1e-2;
            assertEquals(lambda, row.exact(), 1e-12 * Math.abs(lambda));
            // series of sinh(x)/x - 1 and of the Richardson combination
            assertEquals(lambda * (x * x / 6 + Math.pow(x, 4) / 120), row.bias(0), 2e-3 * Math.abs(row.bias(0)) + 1e-12);
            assertEquals(-lambda * Math.pow(x, 4) / 480, row.bias(1), 0.05 * Math.abs(row.bias(1)) + 1e-12);
            assertTrue(Math.abs(row.bias(1)) < Math.abs(row.bias(0)), "richardson beats burst at eps " + row.epsilon());
            assertEquals(0, row.bias(3), 0);
        }
        EigenvalueFloor.Row stiffest = table.rows().getFirst();
        assertEquals(100 * (Math.sinh(1) - 1), -stiffest.bias(0), 1e-9);
        assertEquals(17.52, -stiffest.bias(0), 0.005);
    }
}
