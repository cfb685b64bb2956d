// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jocl.CL;
import org.junit.jupiter.api.Test;

class DeviceTypeTest {

    @Test
    void typeComesFromTheDeviceTypeBitsIgnoringDefault() {
        assertEquals(DeviceType.GPU, DeviceType.of(CL.CL_DEVICE_TYPE_GPU));
        assertEquals(DeviceType.GPU, DeviceType.of(CL.CL_DEVICE_TYPE_GPU | CL.CL_DEVICE_TYPE_DEFAULT));
        assertEquals(DeviceType.ACCELERATOR, DeviceType.of(CL.CL_DEVICE_TYPE_ACCELERATOR));
        assertEquals(DeviceType.CPU, DeviceType.of(CL.CL_DEVICE_TYPE_CPU | CL.CL_DEVICE_TYPE_DEFAULT));
        assertEquals(DeviceType.OTHER, DeviceType.of(CL.CL_DEVICE_TYPE_CUSTOM));
        assertEquals(DeviceType.OTHER, DeviceType.of(0));
    }

    @Test
    void onlyGpusAndAcceleratorsCountAsAccelerators() {
        assertTrue(DeviceType.GPU.accelerator());
        assertTrue(DeviceType.ACCELERATOR.accelerator());
        assertFalse(DeviceType.CPU.accelerator());
        assertFalse(DeviceType.OTHER.accelerator());
    }

    @Test
    void describedDevicesNameTheirType() {
        DeviceInfo cpu = new DeviceInfo(0, 0, "Portable Computing Language", "pthread-EPYC", DeviceType.CPU, true, 1L << 30);
        assertEquals("pthread-EPYC (Portable Computing Language, device 0:0, CPU, 1.0 GiB, fp64)", cpu.describe());
    }
}
