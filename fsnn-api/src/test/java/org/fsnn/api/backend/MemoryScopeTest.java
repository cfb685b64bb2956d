// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MemoryScopeTest {

    @Test
    void hostBackendsGetTheScopeThatKeepsEverything() {
        Backend reference = Backends.reference();
        assertSame(MemoryScope.none(), reference.scope());
        Tensor kept;
        Tensor other;
        try (MemoryScope outer = reference.scope()) {
            try (MemoryScope inner = reference.scope()) {
                Tensor t = reference.fill(Shape.of(3), 1.5);
                kept = inner.keep(t);
                assertSame(t, kept);
                other = reference.zip(BinaryOp.ADD, t, t);
            }
            outer.close(); // closing twice is allowed
        }
        // Nothing was freed: tensors allocated inside, kept or not, are still usable.
        assertArrayEquals(new double[] {1.5, 1.5, 1.5}, kept.toArray());
        assertArrayEquals(new double[] {3, 3, 3}, other.toArray());
    }
}
