// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The plugins of one kind, found by {@link ServiceLoader} and looked up by {@link Named#name()}.
 *
 * <p>Names must be kebab-case ASCII. When two providers share a name the first one found wins and
 * the clash is reported by {@link #duplicates()} and logged once. An unknown name fails with the
 * list of known names.
 *
 * @param <P> the service provider interface
 */
public final class Registry<P extends Named> {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final System.Logger LOG = System.getLogger(Registry.class.getName());

    private final Class<P> type;
    private final Map<String, P> byName = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    /**
     * A registry over the given providers, in the given order.
     *
     * @param type the service type, named in error messages
     * @param providers the candidates; invalid names are rejected
     * @throws PluginException if a provider's name is not kebab-case ASCII
     */
    public Registry(Class<P> type, Iterable<? extends P> providers) {
        this.type = type;
        for (P provider : providers) {
            String name = provider.name();
            if (name == null || name.length() > 64 || !NAME.matcher(name).matches()) {
                throw new PluginException(type.getSimpleName() + " " + provider.getClass().getName()
                        + " has an invalid name '" + name + "': use lower-case ASCII words joined by '-'");
            }
            P first = byName.putIfAbsent(name, provider);
            if (first != null) {
                String clash = name + " (" + moduleOf(first) + " wins over " + moduleOf(provider) + ")";
                duplicates.add(clash);
                LOG.log(System.Logger.Level.WARNING, "duplicate {0} name {1}", type.getSimpleName(), clash);
            }
        }
    }

    /**
     * The providers of {@code type} visible to fsnn-api through {@link ServiceLoader}: those declared
     * with {@code provides} in a module on the module path, and those listed in
     * {@code META-INF/services} on the class path.
     *
     * @param type the service provider interface (fsnn-api declares {@code uses} for each)
     * @param <P> the service type
     * @return a registry of every provider found
     */
    public static <P extends Named> Registry<P> load(Class<P> type) {
        try {
            return new Registry<>(type, ServiceLoader.load(type, Registry.class.getClassLoader()));
        } catch (java.util.ServiceConfigurationError e) {
            throw new PluginException("could not load " + type.getSimpleName() + " plugins: " + e.getMessage(), e);
        }
    }

    /** The service type. */
    public Class<P> type() {
        return type;
    }

    /** Every provider, first-found for each name, in discovery order. */
    public List<P> all() {
        return List.copyOf(byName.values());
    }

    /** Every known name, in discovery order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The provider with this name, if any. */
    public Optional<P> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The provider with this name.
     *
     * @throws PluginException naming the unknown name and listing the known ones
     */
    public P get(String name) {
        P provider = byName.get(name);
        if (provider == null) {
            throw new PluginException("no " + type.getSimpleName() + " named '" + name + "'; known: " + names());
        }
        return provider;
    }

    /** Names that more than one provider claimed, each with which module won. */
    public List<String> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** The module a provider comes from, or {@code "class path"} for the unnamed module. */
    public static String moduleOf(Object provider) {
        Module module = provider.getClass().getModule();
        return module.isNamed() ? module.getName() : "class path";
    }
}
