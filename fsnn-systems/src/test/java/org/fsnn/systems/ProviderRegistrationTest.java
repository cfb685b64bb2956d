// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.SystemProvider;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {
    private static final String SERVICE = SystemProvider.class.getName();

    @Test
    void registryFindsEveryBuiltInSystemAndTheExampleUserPluginByName() {
        Registry<SystemProvider> registry = Registry.load(SystemProvider.class);
        for (String name : List.of("simple-manifold", "davis-skodje", "davis-skodje-fast-time", "grad-moments", "lorenz96-two-scale",
                "abraham-lorentz", "robertson", "van-der-pol", "hires")) {
            assertTrue(registry.find(name).isPresent(), name + " not found in " + registry.names());
        }
        assertInstanceOf(LinearFastSlowExample.Provider.class, registry.get("linear-fast-slow-example"));
        assertTrue(registry.duplicates().isEmpty(), registry.duplicates().toString());
    }

    @Test
    void moduleInfoProvidesExactlyTheProvidersListedInMetaInfServices() throws IOException, URISyntaxException {
        Path classes = Path.of(SimpleManifoldProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> declared = new TreeSet<>();
        descriptor.provides().stream().filter(p -> p.service().equals(SERVICE)).forEach(p -> declared.addAll(p.providers()));
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(classes.resolve("META-INF/services/" + SERVICE))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.strip());
            }
        }
        assertEquals(9, declared.size(), declared.toString());
        assertEquals(declared, listed);
    }
}
