// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fsnn.api.spi.PluginException;
import org.fsnn.api.spi.Registry;

/**
 * Chooses and opens a {@link Backend} at runtime.
 *
 * <p>{@code -Dfsnn.backend=NAME} or the environment variable {@code FSNN_BACKEND=NAME} forces a
 * backend (the system property wins); a forced backend that is unavailable fails with its
 * reason. Otherwise the available provider with the highest {@link BackendProvider#priority()}
 * wins.
 */
public final class Backends {
    /** The system property that forces a backend. */
    public static final String PROPERTY = "fsnn.backend";
    /** The environment variable that forces a backend. */
    public static final String ENVIRONMENT = "FSNN_BACKEND";

    private static volatile Backend defaultBackend;

    private final Registry<BackendProvider> registry;
    private final Function<String, String> properties;
    private final Function<String, String> environment;

    /**
     * A chooser over explicit providers and settings; {@link #system()} uses the real ones.
     *
     * @param registry the candidate providers
     * @param properties system properties by name (null when unset)
     * @param environment environment variables by name (null when unset)
     */
    public Backends(Registry<BackendProvider> registry, Function<String, String> properties,
            Function<String, String> environment) {
        this.registry = registry;
        this.properties = properties;
        this.environment = environment;
    }

    /** A chooser over the providers on the module path and the process's own settings. */
    public static Backends system() {
        return new Backends(Registry.load(BackendProvider.class), System::getProperty, System::getenv);
    }

    /** The backend this process uses by default, opened once. */
    public static Backend defaultBackend() {
        Backend b = defaultBackend;
        if (b == null) {
            synchronized (Backends.class) {
                b = defaultBackend;
                if (b == null) {
                    b = system().open();
                    defaultBackend = b;
                }
            }
        }
        return b;
    }

    /**
     * The scalar reference backend: slow, obviously correct, always available. One shared
     * instance, so tensors from separate calls can be combined.
     */
    public static Backend reference() {
        return ReferenceHolder.INSTANCE;
    }

    private static final class ReferenceHolder {
        static final Backend INSTANCE = new org.fsnn.api.internal.scalar.ScalarBackend();
    }

    /** The registry of providers. */
    public Registry<BackendProvider> registry() {
        return registry;
    }

    /** The forced backend's name, from the system property or else the environment, if set. */
    public Optional<String> forcedName() {
        String forced = properties.apply(PROPERTY);
        if (forced == null || forced.isBlank()) {
            forced = environment.apply(ENVIRONMENT);
        }
        return forced == null || forced.isBlank() ? Optional.empty() : Optional.of(forced.trim());
    }

    /** Every provider with its probe result, highest priority first. */
    public List<Map.Entry<BackendProvider, Availability>> table() {
        return registry.all().stream()
                .sorted(Comparator.comparingInt(BackendProvider::priority).reversed())
                .map(p -> Map.entry(p, safeProbe(p)))
                .toList();
    }

    /**
     * The provider that {@link #open()} would use.
     *
     * @throws PluginException if a forced name is unknown
     * @throws BackendUnavailableException if the forced backend, or every backend, is unavailable
     */
    public BackendProvider choose() {
        Optional<String> forced = forcedName();
        if (forced.isPresent()) {
            BackendProvider p = registry.get(forced.get());
            Availability a = safeProbe(p);
            if (!a.available()) {
                throw new BackendUnavailableException("backend '" + p.name() + "' is unavailable: " + a.explain());
            }
            return p;
        }
        return table().stream()
                .filter(e -> e.getValue().available())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new BackendUnavailableException("no backend is available; known: " + registry.names()));
    }

    /** Opens the chosen backend. */
    public Backend open() {
        return choose().open();
    }

    /**
     * Opens the named backend, whatever the settings say.
     *
     * @throws PluginException if the name is unknown (the message lists the known ones)
     * @throws BackendUnavailableException if it is unavailable (the message gives the reason)
     */
    public Backend open(String name) {
        BackendProvider p = registry.get(name);
        Availability a = safeProbe(p);
        if (!a.available()) {
            throw new BackendUnavailableException("backend '" + name + "' is unavailable: " + a.explain());
        }
        return p.open();
    }

    /** A probe that cannot throw, even for a provider that breaks the contract. */
    static Availability safeProbe(BackendProvider p) {
        try {
            Availability a = p.probe();
            return a != null ? a : Availability.unavailable("probe returned nothing", "report this to the plugin's author");
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("probe failed: " + e, "report this to the plugin's author");
        }
    }
}
