// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fsnn.api.backend.BackendProvider;
import org.junit.jupiter.api.Test;

class PluginKindsTest {

    @Test
    void listsExactlyTheServicesTheModuleUses() {
        ModuleDescriptor descriptor = PluginKinds.class.getModule().getDescriptor();
        assertNotNull(descriptor, "tests must run on the module path");
        Set<String> listed = PluginKinds.ALL.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(descriptor.uses()), listed);
        assertEquals(PluginKinds.ALL.size(), listed.size(), "a kind is listed twice");
    }

    @Test
    void labelIsTheKebabCaseNameWithoutProvider() {
        assertEquals("backend", PluginKinds.label(BackendProvider.class));
        assertEquals("target-transform", PluginKinds.label(TargetTransformProvider.class));
    }

    /** Only its name matters here. */
    private interface TargetTransformProvider extends Named {}
}
