// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.BackendUnavailableException;

/**
 * Provides the {@link OpenClBackend}: float64 kernels on an OpenCL device with fp64.
 *
 * <p>The device is chosen by {@link DeviceSelector} ({@code -Dfsnn.opencl.device=0:1} or
 * {@code FSNN_OPENCL_DEVICE=nvidia}). {@link #probe()} only lists devices (once per process, then
 * cached) and never throws; {@link #open()} creates the context, queue and programs.
 *
 * <p>The priority depends on that device, so that automatic choice prefers OpenCL only where it
 * pays: {@value #ACCELERATOR_PRIORITY} on a GPU or accelerator, above the {@code cpu} backend's
 * 200; {@value #CPU_DEVICE_PRIORITY} on a CPU device such as pocl, below it, since there the
 * {@code cpu} backend runs the same kernels on the same cores without OpenCL's overhead. The probe's
 * detail says so. Forcing it ({@code --backend opencl}, {@code -Dfsnn.backend=opencl} or
 * {@code FSNN_BACKEND=opencl}) uses OpenCL whatever its priority.
 */
public final class OpenClBackendProvider implements BackendProvider {
    /** The priority when the chosen device is a GPU or an accelerator, or when none is available. */
    public static final int ACCELERATOR_PRIORITY = 300;
    /** The priority when the chosen device is a CPU: below the {@code cpu} backend's 200. */
    public static final int CPU_DEVICE_PRIORITY = 150;

    private static final ConcurrentMap<Optional<String>, DeviceSelector.Choice> CHOICES = new ConcurrentHashMap<>();

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    /** A provider reading the device selector from the process's properties and environment. */
    public OpenClBackendProvider() {
        this(System::getProperty, System::getenv);
    }

    /** A provider with explicit settings, for tests. */
    OpenClBackendProvider(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "opencl";
    }

    @Override
    public String description() {
        return "OpenCL float64 kernels through JOCL, on a GPU or any device with fp64";
    }

    /** {@value #ACCELERATOR_PRIORITY} on a GPU or accelerator, {@value #CPU_DEVICE_PRIORITY} on a CPU device. */
    @Override
    public int priority() {
        return priority(choice().device());
    }

    /** The priority for the chosen device, if any: lower on a device that is not an accelerator. */
    static int priority(Optional<DeviceInfo> device) {
        return device.isEmpty() || device.get().type().accelerator() ? ACCELERATOR_PRIORITY : CPU_DEVICE_PRIORITY;
    }

    /** The chosen device in words (on a CPU device, with why automatic choice passes it over), cached. */
    @Override
    public Availability probe() {
        return choice().availability();
    }

    private DeviceSelector.Choice choice() {
        Optional<String> selector = DeviceSelector.configured(properties, environment);
        return CHOICES.computeIfAbsent(selector, s -> {
            OpenClDevices.Enumeration found = OpenClDevices.enumerate();
            if (found.failed()) {
                return new DeviceSelector.Choice(Optional.empty(), found.failure());
            }
            return explainPriority(DeviceSelector.choose(found.devices(), s));
        });
    }

    /** A choice whose detail, on a device that is no accelerator, says why its priority is low. */
    static DeviceSelector.Choice explainPriority(DeviceSelector.Choice choice) {
        if (priority(choice.device()) == ACCELERATOR_PRIORITY) {
            return choice;
        }
        return new DeviceSelector.Choice(choice.device(), Availability.available(choice.availability().detail() + "; on a "
                + choice.device().get().type() + ", priority " + CPU_DEVICE_PRIORITY
                + " (below cpu): choose it with --backend opencl or FSNN_BACKEND=opencl"));
    }

    /** Opens the chosen device as an {@link OpenClBackend}. */
    @Override
    public Backend open() {
        DeviceSelector.Choice choice = choice();
        if (choice.device().isEmpty()) {
            throw new BackendUnavailableException("backend 'opencl' is unavailable: " + choice.availability().explain());
        }
        try {
            return new OpenClBackend(choice.device().get());
        } catch (RuntimeException e) {
            throw new BackendUnavailableException("backend 'opencl' could not open " + choice.device().get().describe() + ": "
                    + e.getMessage(), e);
        }
    }
}
