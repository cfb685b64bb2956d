// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.util.Optional;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.PluginException;
import org.fsnn.api.spi.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code fsnn} command: global options, and the list of subcommands.
 *
 * <p>A new subcommand is one picocli class plus one entry in {@code subcommands} below. Its
 * {@code --help}, {@code --version} and {@code --backend} options are inherited from here.
 */
@Command(name = "fsnn",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learn stiff and fast-slow dynamical systems from data.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            BackendsCommand.class,
            PluginsCommand.class,
            SystemsCommand.class,
            SimulateCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            AblationCommand.class,
            ExportCommand.class,
            QuickstartCommand.class,
            ReproduceCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    /** The environment variable that turns on stack traces for errors. */
    static final String DEBUG_ENVIRONMENT = "FSNN_DEBUG";

    @Spec
    private CommandSpec spec;

    private String backend;

    /** The top command; run it through {@link #commandLine()} or {@link #main}. */
    public Main() {}

    /**
     * Forces the backend for this run by setting {@code fsnn.backend}, before anything opens one.
     *
     * @throws ParameterException if no backend has this name (the message lists the known ones)
     */
    @Option(names = "--backend", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Use this backend (overrides -Dfsnn.backend and FSNN_BACKEND); see 'fsnn backends'.")
    void backend(String name) {
        try {
            Registry.load(BackendProvider.class).get(name);
        } catch (PluginException e) {
            throw new ParameterException(spec.commandLine(), "--backend: " + e.getMessage());
        }
        backend = name;
        System.setProperty(Backends.PROPERTY, name);
    }

    /** The backend named by {@code --backend} on this command line, if any. */
    Optional<String> backendOption() {
        return Optional.ofNullable(backend);
    }

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    /** The command line with fsnn's error handling, ready to {@link CommandLine#execute}. */
    public static CommandLine commandLine() {
        boolean debug = "1".equals(System.getenv(DEBUG_ENVIRONMENT));
        ErrorHandler errors = new ErrorHandler(debug);
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /**
     * Runs the command line and exits with its status: 0 on success, 2 on a usage or input error,
     * 3 when training diverged, 1 on an internal error.
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
