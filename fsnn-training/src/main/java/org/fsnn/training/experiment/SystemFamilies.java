// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.HashMap;
import java.util.Map;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;

/** The experiment's system at any ε, each made once: its provider with the spec's parameters. */
final class SystemFamilies implements SystemFamily {
    private final SystemProvider provider;
    private final Map<String, Double> params;
    private final Map<Double, DynamicalSystem> made = new HashMap<>();

    /**
     * @throws org.fsnn.api.spi.PluginException for an unknown system, listing the known ones
     */
    SystemFamilies(SystemSpec spec) {
        this.provider = Registry.load(SystemProvider.class).get(spec.name());
        this.params = spec.params();
        if (params.containsKey(DynamicalSystem.EPSILON)) {
            throw new IllegalArgumentException("$.system.params.eps: ε comes from epsGrid and evaluation.eps, "
                    + "not from the system's parameters");
        }
    }

    /**
     * The system at this ε.
     *
     * @throws IllegalArgumentException if the system rejects a parameter or this ε
     */
    @Override
    public synchronized DynamicalSystem at(double eps) {
        DynamicalSystem s = made.get(eps);
        if (s == null) {
            Map<String, Double> given = new HashMap<>(params);
            given.put(DynamicalSystem.EPSILON, eps);
            try {
                s = provider.create(Params.resolve(provider.name(), provider.parameters(), given));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("$.system: " + e.getMessage(), e);
            }
            made.put(eps, s);
        }
        return s;
    }
}
