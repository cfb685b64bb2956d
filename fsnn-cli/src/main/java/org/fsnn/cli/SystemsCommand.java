// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.SystemProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fsnn systems}: every dynamical system found, with its parameters, defaults and ranges. */
@Command(name = "systems", mixinStandardHelpOptions = true,
        description = "List the dynamical systems found on the module path, with their parameters.")
public final class SystemsCommand implements Callable<Integer> {
    private final Registry<SystemProvider> systems;

    @Spec
    private CommandSpec spec;

    /** Lists the systems found by {@link java.util.ServiceLoader}. */
    public SystemsCommand() {
        this(Registry.load(SystemProvider.class));
    }

    /** Lists the given systems. */
    SystemsCommand(Registry<SystemProvider> systems) {
        this.systems = systems;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (systems.all().isEmpty()) {
            out.println("no systems found; a system is a SystemProvider plugin on the module path");
        }
        for (SystemProvider system : systems.all()) {
            out.println(system.name() + (system.description().isEmpty() ? "" : "  " + system.description()));
            for (ParameterSpec p : system.parameters()) {
                out.printf("    %-14s default %-12s range %-26s %s%n", p.name(), p.defaultValue(), p.range(),
                        p.description());
            }
        }
        out.flush();
        return 0;
    }
}
