// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.BackendUnavailableException;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.PluginException;
import org.fsnn.api.spi.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn backends}: every backend found, whether it can run here (and if not, why and what
 * would fix it), and which one a run would use.
 */
@Command(name = "backends",
        description = {
            "List the compute backends found, mark the default with '*', and say why any is unavailable.",
            "The available backend with the highest priority is the default unless --backend, "
                    + "-D" + Backends.PROPERTY + " or " + Backends.ENVIRONMENT + " names one.",
        })
final class BackendsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Backends backends = Backends.system();
        BackendProvider chosen = null;
        RuntimeException failure = null;
        try {
            chosen = backends.choose();
        } catch (PluginException | BackendUnavailableException e) {
            failure = e;
        }
        TextTable table = new TextTable("", "NAME", "PRIORITY", "AVAILABLE", "DEVICE OR REASON", "MODULE");
        for (Map.Entry<BackendProvider, Availability> row : backends.table()) {
            BackendProvider p = row.getKey();
            Availability a = row.getValue();
            table.row(p == chosen ? "*" : "", p.name(), p.priority(), a.available() ? "yes" : "no", a.explain(),
                    Registry.moduleOf(p));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table.render());
        for (String clash : backends.registry().duplicates()) {
            out.println("duplicate name: " + clash);
        }
        if (chosen != null) {
            out.println("default: " + chosen.name() + " (" + reason(backends) + ")");
        }
        out.flush();
        if (failure != null) {
            throw failure;
        }
        return 0;
    }

    /** Why the default is the default: what forced it, or its priority. */
    private String reason(Backends backends) {
        if (backends.forcedName().isEmpty()) {
            return "the available backend with the highest priority";
        }
        if (main.backendOption().isPresent()) {
            return "forced by --backend";
        }
        String property = System.getProperty(Backends.PROPERTY);
        return "forced by " + (property != null && !property.isBlank() ? "-D" + Backends.PROPERTY : Backends.ENVIRONMENT);
    }
}
