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
 * Provides the {@link OpenClBackend}: float64 kernels on an OpenCL device with fp64, priority 300.
 *
 * <p>The device is chosen by {@link DeviceSelector} ({@code -Dfsnn.opencl.device=0:1} or
 * {@code FSNN_OPENCL_DEVICE=nvidia}). {@link #probe()} only lists devices (once per process, then
 * cached) and never throws; {@link #open()} creates the context, queue and programs.
 */
public final class OpenClBackendProvider implements BackendProvider {
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

    @Override
    public int priority() {
        return 300;
    }

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
            return DeviceSelector.choose(found.devices(), s);
        });
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
