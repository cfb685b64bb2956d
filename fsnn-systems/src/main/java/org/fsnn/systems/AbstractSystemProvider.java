// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import java.util.function.Function;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;

/** A provider that is nothing but a name, a description, parameter specs and a constructor. */
abstract class AbstractSystemProvider implements SystemProvider {
    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final Function<Params, DynamicalSystem> factory;

    AbstractSystemProvider(String name, String description, List<ParameterSpec> parameters,
            Function<Params, DynamicalSystem> factory) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public DynamicalSystem create(Params params) {
        return factory.apply(params);
    }
}
