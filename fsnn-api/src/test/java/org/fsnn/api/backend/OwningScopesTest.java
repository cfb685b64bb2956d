// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.tensor.Buffer;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** What scopes free, what keeping moves, and that other scopes' buffers stay where they are. */
class OwningScopesTest {
    private record Fake(int length) implements Buffer {}

    private final List<Fake> freed = new ArrayList<>();
    private final OwningScopes<Fake> scopes = new OwningScopes<>(Fake.class, freed::add);
    private final Backend reference = Backends.reference();

    private Tensor tensorOf(Fake buffer) {
        return new Tensor(reference, Shape.of(buffer.length()), buffer);
    }

    @Test
    void aScopeFreesWhatWasMadeInsideItExceptWhatItKeeps() {
        Fake outside = scopes.adopt(new Fake(1));
        Fake kept;
        Fake dropped;
        try (var scope = scopes.open()) {
            kept = scopes.adopt(new Fake(2));
            dropped = scopes.adopt(new Fake(3));
            scope.keep(tensorOf(kept));
            assertEquals(1, scope.owned());
        }
        assertEquals(List.of(dropped), freed);
        assertEquals(false, scopes.anyOpen());
        assertEquals(1, outside.length());
    }

    @Test
    void keptBuffersMoveToTheEnclosingScopeAndOthersStayWithTheirOwner() {
        Fake made = new Fake(4);
        Fake inner;
        try (var outer = scopes.open()) {
            Fake ofOuter = scopes.adopt(new Fake(1));
            try (var nested = scopes.open()) {
                inner = scopes.adopt(new Fake(2));
                nested.keep(tensorOf(inner));
                nested.keep(tensorOf(ofOuter));
                nested.keep(tensorOf(made));
                assertEquals(0, nested.owned());
            }
            assertEquals(List.of(), freed);
            assertEquals(2, outer.owned());
        }
        assertEquals(2, freed.size());
        assertEquals(true, freed.contains(inner));
        assertEquals(false, freed.contains(made));
    }

    @Test
    void keepingOlderBuffersFreesEachOtherBufferExactlyOnce() {
        List<Fake> made = new java.util.ArrayList<>();
        try (var outer = scopes.open()) {
            try (var scope = scopes.open()) {
                for (int i = 0; i < 6; i++) {
                    made.add(scopes.adopt(new Fake(10 + i)));
                }
                scope.keep(tensorOf(made.get(1)));
                scope.keep(tensorOf(made.get(4)));
                scope.keep(tensorOf(made.get(1)));
                assertEquals(4, scope.owned());
            }
            assertEquals(java.util.Set.of(made.get(0), made.get(2), made.get(3), made.get(5)), java.util.Set.copyOf(freed));
            assertEquals(4, freed.size(), "each freed once");
            assertEquals(2, outer.owned(), "the kept ones moved to the enclosing scope, once each");
        }
        assertEquals(6, freed.size());
    }
}
