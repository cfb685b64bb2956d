// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.Test;

class LossTermsTest {
    private static final Backend BE = Backends.reference();

    @Test
    void totalIsTheSumOfTheTermsInOrderAndDifferentiable() {
        Var w = Var.input(BE.fromArray(new double[] {3}, 1));
        try (Tape tape = Tape.open()) {
            Map<String, Var> m = new LinkedHashMap<>();
            m.put("b", w.mul(2));
            m.put("a", w.mul(w));
            LossTerms terms = new LossTerms(m);
            assertEquals(List.of("b", "a"), List.copyOf(terms.values().keySet()));
            Var total = terms.total();
            assertEquals(15, total.value().item(), 0);
            assertEquals(8, tape.gradient(total).of(w).item(), 0);
        }
    }

    @Test
    void rejectsEmptyAndNonScalarTerms() {
        assertThrows(IllegalArgumentException.class, () -> new LossTerms(Map.of()));
        var e = assertThrows(IllegalArgumentException.class,
                () -> LossTerms.of("x", Var.constant(BE.fromArray(new double[] {1, 2}, 2))));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("scalar"), e.getMessage());
    }
}
