// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import org.jocl.CL;

/**
 * What kind of processor an OpenCL device is, from {@code CL_DEVICE_TYPE}. The backend pays off
 * on a {@link #GPU} or an {@link #ACCELERATOR}; on a {@link #CPU} device (such as pocl) the CPU
 * backend computes the same kernels on the same cores without the OpenCL overhead.
 */
public enum DeviceType {
    /** {@code CL_DEVICE_TYPE_GPU}. */
    GPU("GPU"),
    /** {@code CL_DEVICE_TYPE_ACCELERATOR}, e.g. an FPGA or a dedicated compute card. */
    ACCELERATOR("accelerator"),
    /** {@code CL_DEVICE_TYPE_CPU}: the host's own cores. */
    CPU("CPU"),
    /** Any other type, such as {@code CL_DEVICE_TYPE_CUSTOM}. */
    OTHER("device of another type");

    private final String words;

    DeviceType(String words) {
        this.words = words;
    }

    /**
     * The type of a device from its {@code CL_DEVICE_TYPE} bit field; a GPU bit wins over an
     * accelerator bit, which wins over a CPU bit (a device may also carry the DEFAULT bit).
     */
    public static DeviceType of(long clDeviceType) {
        if ((clDeviceType & CL.CL_DEVICE_TYPE_GPU) != 0) {
            return GPU;
        }
        if ((clDeviceType & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) {
            return ACCELERATOR;
        }
        if ((clDeviceType & CL.CL_DEVICE_TYPE_CPU) != 0) {
            return CPU;
        }
        return OTHER;
    }

    /** Whether this is a GPU or an accelerator: a device apart from the host's cores. */
    public boolean accelerator() {
        return this == GPU || this == ACCELERATOR;
    }

    /** The type in words, e.g. {@code GPU}. */
    @Override
    public String toString() {
        return words;
    }
}
