// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fsnn module declares each plugin twice, with {@code provides} in its module descriptor
 * (module path) and in {@code META-INF/services} (class path); the two must agree.
 */
class ProviderDeclarationsTest {
    private static final String SERVICES = "META-INF/services/";

    /**
     * The fsnn modules the tests can see. Surefire puts the modules this one requires on the module
     * path and the rest (the runtime-only backends, test dependencies) on the class path, so both
     * are searched for modular jars and exploded modules.
     */
    private static List<ModuleReference> fsnnModules() {
        assertNotNull(System.getProperty("jdk.module.path"), "tests must run on the module path");
        String paths = System.getProperty("jdk.module.path") + File.pathSeparator + System.getProperty("java.class.path");
        return Stream.of(paths.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .filter(p -> Files.isRegularFile(p) ? p.toString().endsWith(".jar") : Files.isRegularFile(p.resolve("module-info.class")))
                .flatMap(ProviderDeclarationsTest::moduleIn)
                .filter(m -> !m.descriptor().isAutomatic() && m.descriptor().name().startsWith("org.fsnn."))
                .toList();
    }

    /** The module a path entry holds; none for a jar that cannot be read as a module. */
    private static Stream<ModuleReference> moduleIn(Path entry) {
        try {
            return ModuleFinder.of(entry).findAll().stream();
        } catch (FindException e) {
            return Stream.empty();
        }
    }

    /** Service type to provider classes, as the module descriptor declares them. */
    private static Map<String, Set<String>> declared(ModuleReference module) {
        Map<String, Set<String>> byService = new TreeMap<>();
        module.descriptor().provides().forEach(p -> byService.put(p.service(), new TreeSet<>(p.providers())));
        return byService;
    }

    /** Service type to provider classes, as the module's {@code META-INF/services} files list them. */
    private static Map<String, Set<String>> listed(ModuleReference module) throws IOException {
        Map<String, Set<String>> byService = new TreeMap<>();
        try (ModuleReader reader = module.open()) {
            for (String file : reader.list().filter(n -> n.startsWith(SERVICES) && n.length() > SERVICES.length()).toList()) {
                Set<String> providers = new TreeSet<>();
                try (InputStream in = reader.open(file).orElseThrow()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceFirst("#.*", "").strip())
                            .filter(line -> !line.isEmpty())
                            .forEach(providers::add);
                }
                byService.put(file.substring(SERVICES.length()), providers);
            }
        }
        return byService;
    }

    @Test
    void everyModuleListsInMetaInfServicesExactlyWhatItProvides() throws IOException {
        List<ModuleReference> modules = fsnnModules();
        Set<String> names = new TreeSet<>();
        modules.forEach(m -> names.add(m.descriptor().name()));
        for (String expected : List.of("org.fsnn.api", "org.fsnn.cpu.simd", "org.fsnn.gpu.opencl", "org.fsnn.layers",
                "org.fsnn.integrators", "org.fsnn.systems", "org.fsnn.training", "org.fsnn.testkit", "org.fsnn.cli")) {
            assertTrue(names.contains(expected), expected + " is not visible to the tests: " + names);
        }
        for (ModuleReference module : modules) {
            assertEquals(declared(module), listed(module),
                    module.descriptor().name() + ": 'provides' in module-info.java and META-INF/services differ");
        }
        assertTrue(declared(modules.stream().filter(m -> m.descriptor().name().equals("org.fsnn.api")).findFirst()
                .orElseThrow()).containsKey("org.fsnn.api.backend.BackendProvider"), "org.fsnn.api provides the reference backend");
    }
}
