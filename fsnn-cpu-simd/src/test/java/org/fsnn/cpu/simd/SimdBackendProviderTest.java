// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.Test;

class SimdBackendProviderTest {

    @Test
    void isAvailableWhenTheVectorModuleIsLoaded() {
        Availability a = new SimdBackendProvider().probe();
        assertTrue(a.available(), a.explain());
        assertEquals("cpu", new SimdBackendProvider().name());
        assertEquals(200, new SimdBackendProvider().priority());
    }

    @Test
    void withoutTheVectorModuleItIsUnavailableWithTheFlagToAdd() {
        Availability a = SimdBackendProvider.availability(false);
        assertFalse(a.available());
        assertTrue(a.explain().contains("--add-modules jdk.incubator.vector"), a.explain());
    }

    @Test
    void isFoundByNameThroughTheBackendRegistry() {
        try (Backend b = Backends.system().open("cpu")) {
            assertEquals("cpu", b.name());
            assertTrue(b.device().contains("-bit vectors"), b.device());
        }
    }

    @Test
    void moduleDescriptorAndServicesFileDeclareTheSameProvider() throws IOException {
        String spi = BackendProvider.class.getName();
        ModuleDescriptor descriptor = SimdBackendProvider.class.getModule().getDescriptor();
        List<String> declared = descriptor == null ? List.of(SimdBackendProvider.class.getName())
                : descriptor.provides().stream().filter(p -> p.service().equals(spi)).flatMap(p -> p.providers().stream())
                        .toList();
        try (InputStream in = SimdBackendProvider.class.getResourceAsStream("/META-INF/services/" + spi)) {
            String listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(declared, List.of(listed));
        }
    }

    @Test
    void threadCountComesFromTheConstructor() {
        try (SimdBackend b = new SimdBackend(3)) {
            assertEquals(3, b.threads());
            assertTrue(b.device().contains("3 threads"), b.device());
        }
    }
}
