// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.fsnn.api.solver.BatchIntegration;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverException;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.solver.SolverStats;
import org.fsnn.api.spi.Named;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.training.io.AtomicFiles;
import org.fsnn.training.io.ProgressBar;
import org.fsnn.training.io.Trajectories;
import org.fsnn.training.io.TrajectoryFiles;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.TrajectoryFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn simulate}: integrates a system from given or sampled initial states and writes
 * {@code trajectory.json}, {@code trajectory.csv} and {@code trajectory.png} to a directory.
 *
 * <p>Every input is checked before any work; bad input ends in an {@link IllegalArgumentException}
 * whose one-line message says what was wrong and what is valid. Output files are written
 * atomically, and a new directory appears only once all its files are complete.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Integrate a dynamical system and write its trajectories.",
            "Writes DIR/trajectory.json ({\"system\", \"params\", \"solver\", \"t\", \"z\"} with "
                    + "z[trajectory][time][component]), DIR/trajectory.csv and DIR/trajectory.png."})
public final class SimulateCommand implements Callable<Integer> {
    private final Registry<SystemProvider> systems;
    private final Registry<SolverProvider> solvers;

    @Spec
    private CommandSpec spec;

    @Option(names = "--system", required = true, paramLabel = "NAME", description = "The system (see `fsnn systems`).")
    private String systemName;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A system parameter; repeatable.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--z0", split = ",", paramLabel = "V", description = "One initial state, comma-separated.")
    private double[] z0;

    @Option(names = "--samples-from-region", paramLabel = "N",
            description = "Draw N initial states from the system's sampling region instead of --z0.")
    private Integer samples;

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of the initial-state sampler (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--t-end", required = true, paramLabel = "T",
            description = "The final time; outputs run from 0 to T.")
    private double tEnd;

    @Option(names = "--outputs", defaultValue = "201", paramLabel = "M",
            description = "Number of equally spaced output times from 0 to T inclusive (default: ${DEFAULT-VALUE}).")
    private int outputs;

    @Option(names = "--solver", defaultValue = "rodas4", paramLabel = "NAME",
            description = "The ODE solver (default: ${DEFAULT-VALUE}); e.g. rodas4, dopri5, dop853, rk4.")
    private String solverName;

    @Option(names = "--rtol", paramLabel = "R", description = "Relative tolerance of an adaptive solver.")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "A", description = "Absolute tolerance of an adaptive solver.")
    private Double atol;

    @Option(names = "--solver-param", paramLabel = "NAME=VALUE",
            description = "Another solver setting, e.g. step=0.01 or max-steps=1e7; repeatable.")
    private Map<String, String> solverParams = new LinkedHashMap<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads for many trajectories (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    private boolean progress;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output directory.")
    private Path out;

    /** Simulates with the systems and solvers found by {@link java.util.ServiceLoader}. */
    public SimulateCommand() {
        this(Registry.load(SystemProvider.class), Registry.load(SolverProvider.class));
    }

    /** Simulates with the given systems and solvers. */
    SimulateCommand(Registry<SystemProvider> systems, Registry<SolverProvider> solvers) {
        this.systems = systems;
        this.solvers = solvers;
    }

    @Override
    public Integer call() throws IOException {
        SystemProvider systemProvider = find(systems, systemName, "--system");
        Params systemParams = Params.resolve(systemProvider.name(), systemProvider.parameters(),
                numbers(params, "--param"));
        DynamicalSystem system = systemProvider.create(systemParams);
        double[] times = outputTimes();
        double[][] initialStates = initialStates(system);
        OdeSolver solver = solver();
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }

        List<Solution> solutions;
        try {
            solutions = BatchIntegration.solve(solver, system, 0, initialStates, times, threads,
                    ProgressBar.onStderr("simulate " + systemName, progress));
        } catch (SolverException e) {
            throw new IllegalArgumentException(e.getMessage() + "; try a looser tolerance, more --solver-param "
                    + "max-steps, or a stiff solver (--solver rodas4)", e);
        }
        double[][][] z = new double[solutions.size()][][];
        for (int i = 0; i < z.length; i++) {
            z[i] = solutions.get(i).states();
        }
        Trajectories trajectories = new Trajectories(systemProvider.name(), systemParams.asMap(), solver.name(),
                times, z);
        writeAll(trajectories);
        spec.commandLine().getOut().printf("wrote %d trajectories of %s (%d outputs, %s) to %s%n", z.length,
                systemProvider.name(), times.length, solutions.stream().map(Solution::stats)
                        .reduce(SolverStats.ZERO, SolverStats::plus), out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private double[] outputTimes() {
        if (!Double.isFinite(tEnd) || tEnd <= 0) {
            throw new IllegalArgumentException("--t-end must be a finite number > 0, got " + tEnd);
        }
        if (outputs < 2) {
            throw new IllegalArgumentException("--outputs must be at least 2 (the times 0 and T), got " + outputs);
        }
        double[] times = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            times[k] = k == outputs - 1 ? tEnd : tEnd * k / (outputs - 1);
        }
        return times;
    }

    private double[][] initialStates(DynamicalSystem system) {
        int d = system.dimension();
        if ((z0 == null) == (samples == null)) {
            throw new IllegalArgumentException("give exactly one of --z0 (one state of " + d
                    + " values) and --samples-from-region N");
        }
        if (z0 != null) {
            if (z0.length != d) {
                throw new IllegalArgumentException("--z0 has " + z0.length + " values; system '" + systemName
                        + "' has dimension " + d);
            }
            for (int i = 0; i < d; i++) {
                if (!Double.isFinite(z0[i])) {
                    throw new IllegalArgumentException("--z0 value " + i + " must be finite, got " + z0[i]);
                }
            }
            return new double[][] {z0.clone()};
        }
        if (samples < 1) {
            throw new IllegalArgumentException("--samples-from-region must be at least 1, got " + samples);
        }
        double[] flat = new double[samples * d];
        system.sampleInitialStates(new SplittableRandom(seed), samples, flat);
        double[][] states = new double[samples][];
        for (int i = 0; i < samples; i++) {
            states[i] = Arrays.copyOfRange(flat, i * d, (i + 1) * d);
        }
        return states;
    }

    private OdeSolver solver() {
        SolverProvider provider = find(solvers, solverName, "--solver");
        Map<String, Double> settings = numbers(solverParams, "--solver-param");
        if (rtol != null) {
            settings.put("rtol", rtol);
        }
        if (atol != null) {
            settings.put("atol", atol);
        }
        return provider.create(Params.resolve("solver " + provider.name(), provider.parameters(), settings));
    }

    /** Writes the three files; a new directory is filled beside the target and renamed into place. */
    private void writeAll(Trajectories trajectories) throws IOException {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            writeFiles(target, trajectories);
            return;
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException("--out " + out + " exists and is not a directory");
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createDirectory(AtomicFiles.siblingName(target, ".tmp"));
        try {
            writeFiles(staging, trajectories);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void writeFiles(Path dir, Trajectories trajectories) throws IOException {
        TrajectoryFiles.writeJson(dir.resolve("trajectory.json"), trajectories);
        TrajectoryFiles.writeCsv(dir.resolve("trajectory.csv"), trajectories);
        Charts.savePng(dir.resolve("trajectory.png"),
                TrajectoryFigure.charts(trajectories.system(), trajectories.t(), trajectories.z()), 3);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static <P extends Named> P find(Registry<P> registry, String name, String option) {
        return registry.find(name).orElseThrow(() -> new IllegalArgumentException(option + ": unknown "
                + registry.type().getSimpleName().replace("Provider", "").toLowerCase(Locale.ROOT) + " '"
                + name + "'; known: " + registry.names()));
    }

    /** Parses NAME=VALUE settings as numbers, e.g. {@code eps=1e-3}. */
    private static Map<String, Double> numbers(Map<String, String> given, String option) {
        Map<String, Double> values = new LinkedHashMap<>();
        given.forEach((name, text) -> {
            try {
                values.put(name, Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " " + name + "=" + text + ": '" + text
                        + "' is not a number");
            }
        });
        return values;
    }
}
