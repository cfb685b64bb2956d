// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceSelectorTest {
    private static final DeviceInfo CPU = new DeviceInfo(0, 0, "Portable Computing Language", "pthread-AMD EPYC", DeviceType.CPU,
            true, 1L << 34);
    private static final DeviceInfo SINGLE_GPU = new DeviceInfo(1, 0, "Intel OpenCL", "Iris Xe", DeviceType.GPU, false, 1L << 32);
    private static final DeviceInfo DOUBLE_GPU = new DeviceInfo(2, 1, "NVIDIA CUDA", "NVIDIA H100", DeviceType.GPU, true, 80L << 30);

    private static DeviceSelector.Choice choose(List<DeviceInfo> devices, String selector) {
        return DeviceSelector.choose(devices, Optional.ofNullable(selector));
    }

    @Test
    void defaultPrefersTheFirstGpuWithFp64() {
        assertEquals(DOUBLE_GPU, choose(List.of(CPU, SINGLE_GPU, DOUBLE_GPU), null).device().orElseThrow());
    }

    @Test
    void defaultPrefersAnAcceleratorToACpuDevice() {
        DeviceInfo card = new DeviceInfo(3, 0, "Xilinx", "Alveo", DeviceType.ACCELERATOR, true, 1L << 34);
        assertEquals(card, choose(List.of(CPU, card), null).device().orElseThrow());
    }

    @Test
    void defaultFallsBackToAnyDeviceWithFp64() {
        assertEquals(CPU, choose(List.of(SINGLE_GPU, CPU), null).device().orElseThrow());
    }

    @Test
    void selectorPicksByIndicesOrByNameSubstring() {
        List<DeviceInfo> all = List.of(CPU, SINGLE_GPU, DOUBLE_GPU);
        assertEquals(CPU, choose(all, "0:0").device().orElseThrow());
        assertEquals(DOUBLE_GPU, choose(all, "2:1").device().orElseThrow());
        assertEquals(DOUBLE_GPU, choose(all, "nvidia").device().orElseThrow());
        assertEquals(CPU, choose(all, "Portable").device().orElseThrow());
    }

    @Test
    void unknownSelectorIsAReasonListingTheDevices() {
        DeviceSelector.Choice c = choose(List.of(CPU, DOUBLE_GPU), "no-such-gpu");
        assertFalse(c.availability().available());
        assertTrue(c.availability().detail().contains(
                "no device matches the selector 'no-such-gpu' (fsnn.opencl.device or FSNN_OPENCL_DEVICE)"),
                c.availability().detail());
        assertTrue(c.availability().detail().contains("NVIDIA H100"), c.availability().detail());
        assertTrue(c.availability().hint().contains("0:0"), c.availability().hint());
    }

    @Test
    void deviceWithoutFp64IsNeverChosen() {
        DeviceSelector.Choice named = choose(List.of(SINGLE_GPU), "iris");
        assertFalse(named.availability().available());
        assertTrue(named.availability().detail().contains("has no fp64"), named.availability().detail());
        DeviceSelector.Choice none = choose(List.of(SINGLE_GPU), null);
        assertTrue(none.availability().detail().contains("no device supports fp64"), none.availability().detail());
    }

    @Test
    void noDeviceIsAReasonWithAHint() {
        DeviceSelector.Choice c = choose(List.of(), null);
        assertFalse(c.availability().available());
        assertTrue(c.availability().detail().contains("no device"));
        assertFalse(c.availability().hint().isEmpty());
    }

    @Test
    void propertyWinsOverEnvironment() {
        Map<String, String> props = Map.of(DeviceSelector.PROPERTY, "1:0");
        Map<String, String> env = Map.of(DeviceSelector.ENVIRONMENT, "nvidia");
        assertEquals(Optional.of("1:0"), DeviceSelector.configured(props::get, env::get));
        assertEquals(Optional.of("nvidia"), DeviceSelector.configured(Map.<String, String>of()::get, env::get));
        assertEquals(Optional.empty(), DeviceSelector.configured(Map.<String, String>of()::get, Map.<String, String>of()::get));
    }
}
