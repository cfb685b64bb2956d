// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.BackendUnavailableException;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.Test;

class OpenClBackendProviderTest {

    private static OpenClBackendProvider withSelector(String selector) {
        Map<String, String> props = Map.of(DeviceSelector.PROPERTY, selector);
        return new OpenClBackendProvider(props::get, Map.<String, String>of()::get);
    }

    @Test
    void isFoundByServiceLoaderWithItsNameAndPriority() {
        BackendProvider p = Registry.load(BackendProvider.class).find("opencl").orElseThrow();
        assertEquals("opencl", p.name());
        assertEquals(300, p.priority());
    }

    @Test
    void probeNeverThrowsAndExplainsItself() {
        Availability a = new OpenClBackendProvider().probe();
        assertFalse(a.detail().isEmpty());
        if (!a.available()) {
            assertFalse(a.hint().isEmpty(), "an unavailable OpenCL says how to fix it: " + a.explain());
        }
    }

    @Test
    void probeIsCached() {
        OpenClBackendProvider p = new OpenClBackendProvider();
        assertSame(p.probe(), p.probe());
    }

    @Test
    void installedRuntimeWithFp64IsAvailableAndDescribed() {
        Availability a = new OpenClBackendProvider().probe();
        assumeTrue(a.available(), () -> "OpenCL unavailable: " + a.explain());
        assertTrue(a.detail().contains("fp64") && a.detail().contains("GiB"), a.detail());
        assertTrue(OpenClTestDevice.backend().device().contains("device 0:0") || a.detail().contains("device"));
    }

    @Test
    void bogusSelectorIsUnavailableWithAReason() {
        assumeTrue(!OpenClDevices.enumerate().failed(), "no OpenCL runtime to select from");
        OpenClBackendProvider p = withSelector("no-such-device-xyz");
        Availability a = p.probe();
        assertFalse(a.available());
        assertTrue(a.detail().contains("no-such-device-xyz"), a.detail());
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, p::open);
        assertTrue(e.getMessage().contains("opencl") && e.getMessage().contains("no-such-device-xyz"), e.getMessage());
    }

    @Test
    void indexSelectorChoosesThatDevice() {
        assumeTrue(!OpenClDevices.enumerate().failed(), "no OpenCL runtime to select from");
        DeviceInfo first = OpenClDevices.enumerate().devices().get(0);
        Availability a = withSelector(first.platformIndex() + ":" + first.deviceIndex()).probe();
        assertEquals(first.fp64(), a.available(), a.explain());
        assertTrue(a.detail().contains(first.name()), a.detail());
    }

    @Test
    void missingRuntimeReasonsCarryTheInstallHint() {
        assertTrue(OpenClDevices.INSTALL_HINT.contains("pocl-opencl-icd"));
        OpenClDevices.Enumeration found = OpenClDevices.enumerate();
        if (found.failed()) {
            assertTrue(found.failure().detail().startsWith("OpenCL:"), found.failure().detail());
            assertEquals(OpenClDevices.INSTALL_HINT, found.failure().hint());
        } else {
            assertFalse(found.devices().isEmpty());
        }
    }
}
