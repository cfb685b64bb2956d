// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.integrators.imex.Hybrid;
import org.fsnn.integrators.imex.ImexRungeKutta;
import org.fsnn.integrators.imex.ImexTableau;
import org.fsnn.integrators.imex.SlowManifold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegratorProvidersTest {
    private static final Registry<IntegratorProvider> REGISTRY = Registry.load(IntegratorProvider.class);

    private static Object create(String name, Map<String, ?> config) {
        return REGISTRY.get(name).create(ConfigNode.of(config));
    }

    @Test
    void everyIntegratorIsFoundByNameAndConfiguredFromItsKeys() {
        assertEquals(new ImexRungeKutta(ImexTableau.SSP2_222, 4), create("imex-ssp2", Map.of("substeps", 4)));
        assertEquals(new ImexRungeKutta(ImexTableau.SSP2_222, 1), create("imex-ssp2", Map.of()));
        assertEquals(new SlowManifold(ImexTableau.SSP2_222, 3), create("slow-manifold", Map.of("substeps", 3)));
        assertEquals(new Rk4(5), create("rk4", Map.of("substeps", 5)));
        Hybrid hybrid = assertInstanceOf(Hybrid.class,
                create("hybrid", Map.of("tolerance", 1e-3, "substeps", 2, "slowSubsteps", 1)));
        assertEquals(1e-3, hybrid.tolerance());
        assertEquals(2, hybrid.full().substeps());
        assertEquals(ImexTableau.SSP2_222, hybrid.slow().tableau());
    }

    @ParameterizedTest
    @ValueSource(strings = {"imex-ssp2", "slow-manifold", "hybrid", "rk4"})
    void anUnknownKeyIsAnErrorNamingItsPath(String name) {
        var e = assertThrows(IllegalArgumentException.class, () -> create(name, Map.of("substep", 2)));
        assertEquals("$.substep: unknown field", e.getMessage().substring(0, "$.substep: unknown field".length()));
        assertEquals(1, e.getMessage().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"imex-ssp2", "slow-manifold", "hybrid", "rk4"})
    void aNonPositiveSubstepCountIsAnErrorNamingItsPath(String name) {
        var zero = assertThrows(IllegalArgumentException.class, () -> create(name, Map.of("substeps", 0)));
        assertEquals("$.substeps: must be a positive integer, got 0", zero.getMessage());
        var fraction = assertThrows(IllegalArgumentException.class, () -> create(name, Map.of("substeps", 1.5)));
        assertEquals("$.substeps: expected an integer, got 1.5", fraction.getMessage());
    }

    @Test
    void aBadHybridToleranceIsAnErrorNamingItsPath() {
        var e = assertThrows(IllegalArgumentException.class, () -> create("hybrid", Map.of("tolerance", -1)));
        assertEquals("$.tolerance: must be a positive number, got -1.0", e.getMessage());
        var s = assertThrows(IllegalArgumentException.class, () -> create("hybrid", Map.of("slowSubsteps", 0)));
        assertEquals("$.slowSubsteps: must be a positive integer, got 0", s.getMessage());
    }
}
