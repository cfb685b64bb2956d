// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.internal.scalar.ScalarBackendProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

    private static Named plugin(String name) {
        Named p = mock(Named.class);
        when(p.name()).thenReturn(name);
        return p;
    }

    private static Registry<Named> registry(Named... plugins) {
        return new Registry<>(Named.class, Arrays.asList(plugins));
    }

    @Test
    void findsProvidersByNameInDiscoveryOrder() {
        Named a = plugin("davis-skodje");
        Named b = plugin("lorenz96-two-scale");
        Registry<Named> r = registry(a, b);
        assertEquals(List.of("davis-skodje", "lorenz96-two-scale"), r.names());
        assertEquals(List.of(a, b), r.all());
        assertSame(b, r.get("lorenz96-two-scale"));
        assertSame(a, r.find("davis-skodje").orElseThrow());
        assertTrue(r.duplicates().isEmpty());
    }

    @Test
    void unknownNameFailsWithTheKindAndTheKnownNames() {
        Registry<Named> r = registry(plugin("alpha"), plugin("beta"));
        var e = assertThrows(PluginException.class, () -> r.get("gamma"));
        assertEquals("no Named named 'gamma'; known: [alpha, beta]", e.getMessage());
        assertTrue(r.find("gamma").isEmpty());
    }

    @Test
    void duplicateNameKeepsTheFirstProviderAndRecordsTheClash() {
        Named first = plugin("cpu");
        Named second = plugin("cpu");
        Registry<Named> r = registry(first, plugin("other"), second);
        assertSame(first, r.get("cpu"));
        assertEquals(List.of("cpu", "other"), r.names());
        assertEquals(1, r.duplicates().size());
        assertTrue(r.duplicates().getFirst().startsWith("cpu ("), r.duplicates().toString());
        assertTrue(r.duplicates().getFirst().contains(" wins over "), r.duplicates().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Cpu", "a_b", "-cpu", "cpu-", "a--b", "a b", "grad moments", "ü"})
    void invalidNamesAreRejectedNamingTheProvider(String name) {
        var e = assertThrows(PluginException.class, () -> registry(plugin(name)));
        assertTrue(e.getMessage().contains("invalid name '" + name + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("lower-case ASCII words joined by '-'"), e.getMessage());
    }

    @Test
    void nullAndOverlongNamesAreRejected() {
        assertThrows(PluginException.class, () -> registry(plugin(null)));
        assertThrows(PluginException.class, () -> registry(plugin("a".repeat(65))));
        assertEquals(List.of("a".repeat(64)), registry(plugin("a".repeat(64))).names());
    }

    @Test
    void serviceLoaderFindsTheReferenceBackendInThisModule() {
        Registry<BackendProvider> r = Registry.load(BackendProvider.class);
        assertSame(BackendProvider.class, r.type());
        BackendProvider reference = r.get("reference");
        assertEquals(ScalarBackendProvider.class, reference.getClass());
        assertEquals("org.fsnn.api", Registry.moduleOf(reference));
    }
}
