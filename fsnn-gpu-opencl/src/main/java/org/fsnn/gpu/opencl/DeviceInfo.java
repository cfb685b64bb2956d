// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.Locale;

/**
 * One OpenCL device as found by enumeration: enough to choose it and to describe it.
 *
 * @param platformIndex the index of its platform in {@code clGetPlatformIDs}
 * @param deviceIndex the index of the device within its platform
 * @param platformName the platform's name, e.g. {@code Portable Computing Language}
 * @param name the device's name
 * @param type what kind of processor it is, from {@code CL_DEVICE_TYPE}
 * @param fp64 whether it computes in double precision ({@code cl_khr_fp64} or a non-zero
 *     {@code CL_DEVICE_DOUBLE_FP_CONFIG})
 * @param globalMemoryBytes {@code CL_DEVICE_GLOBAL_MEM_SIZE}
 */
public record DeviceInfo(int platformIndex, int deviceIndex, String platformName, String name, DeviceType type,
        boolean fp64, long globalMemoryBytes) {

    /** Whether a selector names this device: {@code "p:d"} by index, otherwise a name substring. */
    boolean matches(String selector) {
        String s = selector.trim();
        if (s.matches("\\d+:\\d+")) {
            String[] parts = s.split(":");
            return Integer.parseInt(parts[0]) == platformIndex && Integer.parseInt(parts[1]) == deviceIndex;
        }
        String needle = s.toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(needle) || platformName.toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * The device in words: name, platform, indices, type, global memory and fp64 support, e.g.
     * {@code "NVIDIA H100 (NVIDIA CUDA, device 0:0, GPU, 79.2 GiB, fp64)"}.
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s, device %d:%d, %s, %.1f GiB, %s)", name, platformName, platformIndex,
                deviceIndex, type, globalMemoryBytes / (1024.0 * 1024 * 1024), fp64 ? "fp64" : "no fp64");
    }
}
