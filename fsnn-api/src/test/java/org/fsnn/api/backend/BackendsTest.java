// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fsnn.api.spi.PluginException;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.Test;

class BackendsTest {

    private static BackendProvider provider(String name, int priority, boolean available) {
        BackendProvider p = mock(BackendProvider.class);
        when(p.name()).thenReturn(name);
        when(p.priority()).thenReturn(priority);
        when(p.probe()).thenReturn(available ? Availability.available(name + " device")
                : Availability.unavailable(name + " is missing", "install " + name));
        return p;
    }

    private static Backends backends(Map<String, String> props, Map<String, String> env, BackendProvider... ps) {
        return new Backends(new Registry<>(BackendProvider.class, List.of(ps)), props::get, env::get);
    }

    @Test
    void highestAvailablePriorityWins() {
        Backends b = backends(Map.of(), Map.of(), provider("low", 100, true), provider("gpu", 300, false),
                provider("mid", 200, true));
        assertEquals("mid", b.choose().name());
    }

    @Test
    void forcedUnavailableBackendFailsWithItsReason() {
        Backends b = backends(Map.of("fsnn.backend", "gpu"), Map.of(), provider("low", 100, true),
                provider("gpu", 300, false));
        var e = assertThrows(BackendUnavailableException.class, b::choose);
        assertTrue(e.getMessage().contains("gpu is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("install gpu"), e.getMessage());
    }

    @Test
    void tableListsEveryProviderHighestPriorityFirstWithReasonAndHint() {
        Backends b = backends(Map.of(), Map.of(), provider("low", 100, true), provider("gpu", 300, false),
                provider("mid", 200, true));
        var table = b.table();
        assertEquals(List.of("gpu", "mid", "low"), table.stream().map(e -> e.getKey().name()).toList());
        Availability gpu = table.getFirst().getValue();
        assertFalse(gpu.available());
        assertEquals("gpu is missing (install gpu)", gpu.explain());
        assertEquals("mid device", table.get(1).getValue().detail());
    }

    @Test
    void equalPrioritiesKeepDiscoveryOrder() {
        Backends b = backends(Map.of(), Map.of(), provider("first", 200, true), provider("second", 200, true));
        assertEquals("first", b.choose().name());
    }

    @Test
    void probeThatThrowsIsTreatedAsUnavailable() {
        BackendProvider broken = provider("broken", 300, true);
        when(broken.probe()).thenThrow(new UnsatisfiedLinkError("no libOpenCL in java.library.path"));
        Backends b = backends(Map.of(), Map.of(), provider("low", 100, true), broken);
        assertEquals("low", b.choose().name());
        Availability a = b.table().getFirst().getValue();
        assertFalse(a.available());
        assertTrue(a.detail().contains("probe failed"), a.detail());
        assertTrue(a.detail().contains("no libOpenCL"), a.detail());
    }

    @Test
    void probeThatReturnsNullIsTreatedAsUnavailable() {
        BackendProvider silent = provider("silent", 300, true);
        when(silent.probe()).thenReturn(null);
        assertFalse(Backends.safeProbe(silent).available());
        assertEquals("low", backends(Map.of(), Map.of(), provider("low", 100, true), silent).choose().name());
    }

    @Test
    void noAvailableBackendFailsListingTheKnownNames() {
        Backends b = backends(Map.of(), Map.of(), provider("cpu", 200, false), provider("gpu", 300, false));
        var e = assertThrows(BackendUnavailableException.class, b::choose);
        assertEquals("no backend is available; known: [cpu, gpu]", e.getMessage());
    }

    @Test
    void propertyForcesALowerPriorityBackend() {
        Backends b = backends(Map.of(Backends.PROPERTY, "low"), Map.of(), provider("low", 100, true),
                provider("mid", 200, true));
        assertEquals(Optional.of("low"), b.forcedName());
        assertEquals("low", b.choose().name());
    }

    @Test
    void environmentForcesABackendWhenThePropertyIsUnset() {
        Backends b = backends(Map.of(), Map.of(Backends.ENVIRONMENT, " low "), provider("low", 100, true),
                provider("mid", 200, true));
        assertEquals(Optional.of("low"), b.forcedName());
        assertEquals("low", b.choose().name());
    }

    @Test
    void propertyWinsOverEnvironment() {
        Backends b = backends(Map.of(Backends.PROPERTY, "mid"), Map.of(Backends.ENVIRONMENT, "low"),
                provider("low", 100, true), provider("mid", 200, true), provider("high", 300, true));
        assertEquals("mid", b.choose().name());
    }

    @Test
    void blankPropertyFallsBackToEnvironment() {
        Backends b = backends(Map.of(Backends.PROPERTY, "  "), Map.of(Backends.ENVIRONMENT, "low"),
                provider("low", 100, true), provider("mid", 200, true));
        assertEquals("low", b.choose().name());
    }

    @Test
    void nothingForcedWhenBothAreBlankOrUnset() {
        assertEquals(Optional.empty(), backends(Map.of(), Map.of()).forcedName());
        assertEquals(Optional.empty(),
                backends(Map.of(Backends.PROPERTY, ""), Map.of(Backends.ENVIRONMENT, " ")).forcedName());
    }

    @Test
    void forcedUnknownNameFailsListingTheKnownNames() {
        Backends b = backends(Map.of(), Map.of(Backends.ENVIRONMENT, "cuda"), provider("low", 100, true),
                provider("mid", 200, true));
        var e = assertThrows(PluginException.class, b::choose);
        assertEquals("no BackendProvider named 'cuda'; known: [low, mid]", e.getMessage());
    }

    @Test
    void openByNameOpensOnlyThatProvider() {
        BackendProvider low = provider("low", 100, true);
        BackendProvider mid = provider("mid", 200, true);
        Backend opened = mock(Backend.class);
        when(low.open()).thenReturn(opened);
        assertSame(opened, backends(Map.of(), Map.of(), low, mid).open("low"));
        verify(mid, never()).open();
    }

    @Test
    void openByUnknownOrUnavailableNameFailsWithTheReason() {
        Backends b = backends(Map.of(), Map.of(), provider("low", 100, true), provider("gpu", 300, false));
        var unknown = assertThrows(PluginException.class, () -> b.open("cuda"));
        assertTrue(unknown.getMessage().contains("known: [low, gpu]"), unknown.getMessage());
        var unavailable = assertThrows(BackendUnavailableException.class, () -> b.open("gpu"));
        assertEquals("backend 'gpu' is unavailable: gpu is missing (install gpu)", unavailable.getMessage());
    }

    @Test
    void openUsesTheChosenProvider() {
        BackendProvider low = provider("low", 100, true);
        BackendProvider gpu = provider("gpu", 300, false);
        Backend opened = mock(Backend.class);
        when(low.open()).thenReturn(opened);
        assertSame(opened, backends(Map.of(), Map.of(), low, gpu).open());
        verify(gpu, never()).open();
    }
}
