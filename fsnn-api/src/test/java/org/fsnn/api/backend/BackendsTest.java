// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
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
}
