// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fsnn.api.spi.Named;
import org.fsnn.api.spi.PluginKinds;
import org.fsnn.api.spi.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fsnn plugins}: every provider of every kind of plugin, with the module it comes from. */
@Command(name = "plugins",
        description = "List every plugin found, of every kind, with the module that provides it.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TextTable table = new TextTable("KIND", "NAME", "MODULE", "DESCRIPTION");
        List<String> clashes = new ArrayList<>();
        for (Class<? extends Named> kind : PluginKinds.ALL) {
            String label = PluginKinds.label(kind);
            Registry<? extends Named> registry = Registry.load(kind);
            for (Named plugin : registry.all()) {
                table.row(label, plugin.name(), Registry.moduleOf(plugin), plugin.description());
            }
            if (registry.all().isEmpty()) {
                table.row(label, "-", "-", "none found");
            }
            registry.duplicates().forEach(d -> clashes.add(label + " " + d));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table.render());
        for (String clash : clashes) {
            out.println("duplicate name: " + clash);
        }
        out.flush();
        return 0;
    }
}
