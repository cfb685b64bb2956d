// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fsnn.api.backend.Availability;

/**
 * Chooses the OpenCL device among those found.
 *
 * <p>{@code -Dfsnn.opencl.device=SEL} or {@code FSNN_OPENCL_DEVICE=SEL} (the property wins) names
 * the device: {@code "p:d"} picks device {@code d} of platform {@code p}; anything else is a
 * case-insensitive substring of the device or platform name ({@code nvidia}). Without a
 * selector the first GPU or accelerator with fp64 wins, else the first device with fp64. The backend computes in
 * float64 only, so a device without fp64 is never chosen.
 */
final class DeviceSelector {
    /** The system property naming the device. */
    static final String PROPERTY = "fsnn.opencl.device";
    /** The environment variable naming the device. */
    static final String ENVIRONMENT = "FSNN_OPENCL_DEVICE";

    private DeviceSelector() {}

    /** The selector from the property, else the environment; empty when neither is set. */
    static Optional<String> configured(Function<String, String> properties, Function<String, String> environment) {
        String s = properties.apply(PROPERTY);
        if (s == null || s.isBlank()) {
            s = environment.apply(ENVIRONMENT);
        }
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    /** The outcome of a choice: the device, or why there is none. */
    record Choice(Optional<DeviceInfo> device, Availability availability) {}

    /**
     * Chooses a device.
     *
     * @param devices every device found, in platform then device order
     * @param selector the user's selector, if any
     */
    static Choice choose(List<DeviceInfo> devices, Optional<String> selector) {
        if (devices.isEmpty()) {
            return none("OpenCL: no device on any platform", "install a GPU driver with OpenCL support, or pocl-opencl-icd");
        }
        if (selector.isPresent()) {
            String sel = selector.get();
            Optional<DeviceInfo> named = devices.stream().filter(d -> d.matches(sel)).findFirst();
            if (named.isEmpty()) {
                return none("OpenCL: no device matches the selector '" + sel + "' (" + PROPERTY + " or " + ENVIRONMENT
                        + "); devices: " + list(devices), "set " + PROPERTY + " or " + ENVIRONMENT
                        + " to platform:device indices such as 0:0 or to a substring of a device name");
            }
            if (!named.get().fp64()) {
                return none("OpenCL: device " + named.get().describe() + " has no fp64 support",
                        "choose a device with cl_khr_fp64 via " + PROPERTY + " or " + ENVIRONMENT);
            }
            return found(named.get());
        }
        Optional<DeviceInfo> accelerator = devices.stream().filter(d -> d.type().accelerator() && d.fp64()).findFirst();
        Optional<DeviceInfo> any = accelerator.isPresent() ? accelerator
                : devices.stream().filter(DeviceInfo::fp64).findFirst();
        if (any.isEmpty()) {
            return none("OpenCL: no device supports fp64 (cl_khr_fp64); devices: " + list(devices),
                    "use a device with double precision, or the cpu backend");
        }
        return found(any.get());
    }

    private static Choice found(DeviceInfo device) {
        return new Choice(Optional.of(device), Availability.available(device.describe()));
    }

    private static Choice none(String reason, String hint) {
        return new Choice(Optional.empty(), Availability.unavailable(reason, hint));
    }

    private static String list(List<DeviceInfo> devices) {
        return devices.stream().map(DeviceInfo::describe).collect(Collectors.joining("; "));
    }
}
