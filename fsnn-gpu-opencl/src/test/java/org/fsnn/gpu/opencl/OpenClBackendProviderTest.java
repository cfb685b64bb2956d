// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.BackendUnavailableException;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenClBackendProviderTest {

    private static OpenClBackendProvider withSelector(String selector) {
        Map<String, String> props = Map.of(DeviceSelector.PROPERTY, selector);
        return new OpenClBackendProvider(props::get, Map.<String, String>of()::get);
    }

    private static DeviceInfo device(DeviceType type) {
        return new DeviceInfo(0, 0, "Some Platform", "some " + type, type, true, 1L << 33);
    }

    private static DeviceSelector.Choice chosen(DeviceInfo device) {
        return DeviceSelector.choose(List.of(device), Optional.empty());
    }

    @Test
    void isFoundByServiceLoaderWithItsNameAndADevicePriority() {
        BackendProvider p = Registry.load(BackendProvider.class).find("opencl").orElseThrow();
        assertEquals("opencl", p.name());
        assertTrue(p.priority() == 300 || p.priority() == 150, "priority " + p.priority());
    }

    @Test
    void gpusAndAcceleratorsOutrankTheCpuBackendButCpuDevicesDoNot() {
        assertEquals(300, OpenClBackendProvider.priority(Optional.of(device(DeviceType.GPU))));
        assertEquals(300, OpenClBackendProvider.priority(Optional.of(device(DeviceType.ACCELERATOR))));
        assertEquals(150, OpenClBackendProvider.priority(Optional.of(device(DeviceType.CPU))));
        assertEquals(150, OpenClBackendProvider.priority(Optional.of(device(DeviceType.OTHER))));
        assertEquals(300, OpenClBackendProvider.priority(Optional.empty()), "an unavailable backend keeps its nominal priority");
    }

    @Test
    void cpuDeviceDetailSaysWhyItIsNotTheDefaultAndHowToForceIt() {
        Availability cpu = OpenClBackendProvider.explainPriority(chosen(device(DeviceType.CPU))).availability();
        assertTrue(cpu.available());
        assertTrue(cpu.detail().startsWith(device(DeviceType.CPU).describe()), cpu.detail());
        assertTrue(cpu.detail().contains("priority 150") && cpu.detail().contains("below cpu")
                && cpu.detail().contains("--backend opencl"), cpu.detail());
        Availability gpu = OpenClBackendProvider.explainPriority(chosen(device(DeviceType.GPU))).availability();
        assertEquals(device(DeviceType.GPU).describe(), gpu.detail());
    }

    @Test
    void installedDevicePriorityFollowsItsType() {
        OpenClDevices.Enumeration found = OpenClDevices.enumerate();
        assumeTrue(!found.failed(), "no OpenCL runtime here");
        OpenClBackendProvider p = new OpenClBackendProvider();
        assumeTrue(p.probe().available(), () -> "OpenCL unavailable: " + p.probe().explain());
        DeviceInfo d = DeviceSelector.choose(found.devices(), DeviceSelector.configured(System::getProperty, System::getenv))
                .device().orElseThrow();
        assertEquals(d.type().accelerator() ? 300 : 150, p.priority(), d.describe());
        assertEquals(d.type().accelerator(), !p.probe().detail().contains("below cpu"), p.probe().detail());
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
    void missingRuntimeReasonsCarryAnInstallHint() {
        String hint = OpenClDevices.INSTALL_HINT;
        assertTrue(hint.contains("pocl-opencl-icd") && hint.contains("ocl-icd-opencl-dev"), hint);
        OpenClDevices.Enumeration found = OpenClDevices.enumerate();
        if (found.failed()) {
            assertTrue(found.failure().detail().startsWith("OpenCL:"), found.failure().detail());
            assertFalse(found.failure().hint().isEmpty());
        } else {
            assertFalse(found.devices().isEmpty());
        }
    }

    @Test
    void loadHintNamesTheMissingUnversionedLibrary(@TempDir Path dir) throws IOException {
        assertEquals(OpenClDevices.INSTALL_HINT, OpenClDevices.loadHint(List.of(dir)));
        Files.createFile(dir.resolve("libOpenCL.so.1"));
        String hint = OpenClDevices.loadHint(List.of(dir));
        assertTrue(hint.contains("ocl-icd-opencl-dev") && hint.contains(dir.toString()), hint);
        Files.createFile(dir.resolve("libOpenCL.so"));
        assertEquals(OpenClDevices.INSTALL_HINT, OpenClDevices.loadHint(List.of(dir)));
    }
}
