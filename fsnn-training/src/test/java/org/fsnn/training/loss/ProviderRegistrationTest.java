// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.transform.TargetTransformProvider;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {

    @Test
    void registriesFindEveryLossAndTransformByName() {
        assertEquals(List.of("rhs-mse", "fsnn", "fsnn-system", "fsnn-fast", "fsnn-slow", "fsnn-manifold"),
                Registry.load(LossProvider.class).names());
        assertEquals(List.of("identity", "asinh-mad"), Registry.load(TargetTransformProvider.class).names());
    }

    @Test
    void moduleInfoProvidesExactlyTheProvidersListedInMetaInfServices() throws IOException, URISyntaxException {
        Path classes = Path.of(RhsMse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        for (Class<?> service : List.of(LossProvider.class, TargetTransformProvider.class)) {
            Set<String> declared = new TreeSet<>();
            descriptor.provides().stream().filter(p -> p.service().equals(service.getName()))
                    .forEach(p -> p.providers().forEach(c -> declared.add(c.replace('$', '.'))));
            Set<String> listed = new TreeSet<>();
            for (String line : Files.readAllLines(classes.resolve("META-INF/services/" + service.getName()))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line.strip().replace('$', '.'));
                }
            }
            assertTrue(!declared.isEmpty(), service.getName());
            assertEquals(declared, listed, service.getName());
        }
    }
}
