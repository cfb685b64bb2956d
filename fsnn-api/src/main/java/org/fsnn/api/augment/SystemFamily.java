// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.augment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;

/** A dynamical system for each value of its small parameter ε (the parameter {@code eps}). */
@FunctionalInterface
public interface SystemFamily {

    /**
     * The system at this ε.
     *
     * @throws IllegalArgumentException if the system does not accept this ε (naming its range)
     */
    DynamicalSystem at(double epsilon);

    /**
     * The systems a provider makes from fixed parameters and a varying {@code eps}.
     *
     * @param provider the system plugin; it must declare the parameter {@code eps}
     * @param params the other parameters by name; an {@code eps} here is overridden
     * @throws IllegalArgumentException if the provider declares no {@code eps}
     */
    static SystemFamily of(SystemProvider provider, Map<String, Double> params) {
        boolean hasEpsilon = provider.parameters().stream().anyMatch(p -> p.name().equals(DynamicalSystem.EPSILON));
        if (!hasEpsilon) {
            throw new IllegalArgumentException("system '" + provider.name() + "' has no parameter '"
                    + DynamicalSystem.EPSILON + "' to vary; its parameters: "
                    + provider.parameters().stream().map(p -> p.name()).toList());
        }
        Map<String, Double> fixed = Map.copyOf(params);
        return epsilon -> {
            Map<String, Double> given = new LinkedHashMap<>(fixed);
            given.put(DynamicalSystem.EPSILON, epsilon);
            return provider.create(Params.resolve(provider.name(), provider.parameters(), given));
        };
    }
}
