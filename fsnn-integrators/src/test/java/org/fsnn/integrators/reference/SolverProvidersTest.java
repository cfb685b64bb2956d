// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.Test;

/** Every solver is a plugin, declared both in the module descriptor and in META-INF/services. */
class SolverProvidersTest {

    @Test
    void registryFindsEverySolverByName() {
        Registry<SolverProvider> registry = Registry.load(SolverProvider.class);
        assertEquals(Set.of("dopri5", "dop853", "rk4", "rodas4"), Set.copyOf(registry.names()));
        assertEquals("rodas4", registry.get("rodas4").create(
                org.fsnn.api.system.Params.resolve("rodas4", registry.get("rodas4").parameters(), java.util.Map.of()))
                .name());
    }

    @Test
    void moduleDescriptorAndServiceFileListTheSameProviders() throws IOException {
        Module module = Dopri5Provider.class.getModule();
        Set<String> declared = new TreeSet<>();
        module.getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SolverProvider.class.getName()))
                .forEach(p -> declared.addAll(p.providers()));
        Set<String> listed = new TreeSet<>();
        try (InputStream in = module.getResourceAsStream("META-INF/services/" + SolverProvider.class.getName())) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    listed.add(line.strip());
                }
            }
        }
        assertEquals(declared, listed);
        assertEquals(List.of("dopri5", "dop853", "rk4", "rodas4").size(), declared.size());
    }
}
