// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.data.FastSlowDataset;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.io.AtomicFiles;
import org.fsnn.training.loss.FsnnBatch;
import org.fsnn.training.report.Provenance;
import org.fsnn.training.report.RunDirectory;
import org.fsnn.training.report.RunPlots;
import org.fsnn.training.train.Checkpoint;
import org.fsnn.training.train.FsnnSamples;
import org.fsnn.training.train.Trainer;
import org.fsnn.training.train.TrainingResult;

/**
 * Runs an {@link FsnnExperiment} end to end: simulates the data, builds and initializes the
 * network, trains it with the {@link Trainer} (checkpoints, exact resume, NaN stop, progress),
 * evaluates it ({@link FsnnEvaluation}) and writes the run directory: {@code config.json},
 * {@code checkpoint.json}, {@code log.csv}, {@code metrics.json}, {@code report.md} and
 * {@code plots/}. A fresh run is staged and published at the end; a run that fails after training
 * began is published with its last good checkpoint, ready for {@link #resume}.
 */
public final class FsnnRunner {
    /** The configuration file of a run directory. */
    public static final String CONFIG = "config.json";
    /** The metrics file of a run directory. */
    public static final String METRICS = "metrics.json";
    /** The report of a run directory. */
    public static final String REPORT = "report.md";

    private final PrintWriter log;
    private final boolean progress;
    private final Backend backend;
    private final int threads;
    /** Epochs every training run is cut or stretched to, or 0 for each experiment's own. */
    private final int epochs;

    /**
     * @param log where to say what is happening
     * @param progress whether the trainer shows a progress line on a terminal
     * @param backend where the network lives
     * @param threads threads for the reference solver
     */
    public FsnnRunner(PrintWriter log, boolean progress, Backend backend, int threads) {
        this(log, progress, backend, threads, 0);
    }

    private FsnnRunner(PrintWriter log, boolean progress, Backend backend, int threads, int epochs) {
        this.log = log;
        this.progress = progress;
        this.backend = backend;
        this.threads = Math.max(1, threads);
        this.epochs = epochs;
    }

    /**
     * A runner that trains every experiment for {@code epochs} epochs instead of its own
     * ({@link FsnnExperiment#withEpochs}); the run directory's {@code config.json} records what ran.
     */
    public FsnnRunner withEpochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        return new FsnnRunner(log, progress, backend, threads, epochs);
    }

    /** A runner on the default backend with as many solver threads as processors. */
    public FsnnRunner(PrintWriter log, boolean progress) {
        this(log, progress, Backends.defaultBackend(), Runtime.getRuntime().availableProcessors());
    }

    /** Whether {@code runDir} holds an FSNN run (its config has a network and an init section). */
    public static boolean isFsnnRun(Path runDir) {
        return isFsnnConfig(runDir.resolve(CONFIG));
    }

    /** Whether a JSON file is an {@link FsnnExperiment} (it has network, init and loss sections). */
    public static boolean isFsnnConfig(Path config) {
        if (!Files.isRegularFile(config)) {
            return false;
        }
        try {
            JsonNode tree = ExperimentJson.mapper().readTree(config.toFile());
            return tree.has("network") && tree.has("init") && tree.has("loss");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the experiment of a run directory. */
    public static FsnnExperiment readConfig(Path runDir) {
        if (!Files.exists(runDir.resolve(CONFIG))) {
            throw new IllegalArgumentException(runDir + ": no " + CONFIG + " in the run directory");
        }
        return readExperiment(runDir.resolve(CONFIG));
    }

    /** Reads an experiment from a JSON file in the form of {@link FsnnExperiment#toMap}. */
    @SuppressWarnings("unchecked")
    public static FsnnExperiment readExperiment(Path file) {
        try {
            Map<String, Object> map = ExperimentJson.mapper().readValue(file.toFile(), Map.class);
            return FsnnExperiment.fromConfig(ConfigNode.of("$", map));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Trains and evaluates {@code e} into a new run directory {@code out}.
     *
     * @throws IllegalArgumentException for an invalid experiment or an existing {@code out}
     */
    public FsnnOutcome train(FsnnExperiment e, Path out) {
        return train(e, out, UnaryOperator.identity());
    }

    /**
     * {@link #train(FsnnExperiment, Path)} with the simulated data passed through {@code extra}
     * before training, for data the recipe cannot describe (e.g. trajectories from given starts).
     * {@link #resume} regenerates only the recipe's data, so such a run is not resumable as it was.
     */
    public FsnnOutcome train(FsnnExperiment experiment, Path out, UnaryOperator<FastSlowDataset> extra) {
        FsnnExperiment e = epochs > 0 ? experiment.withEpochs(epochs) : experiment;
        e.createLoss();
        e.trainerConfig(false);
        e.init().create(e.network(), backend);
        RunDirectory dir = RunDirectory.stage(out);
        boolean started = false;
        try {
            dir.writeString(CONFIG, json(e.toMap()));
            started = true;
            FsnnOutcome outcome = trainIn(e, dir.path(), false, extra);
            dir.publish();
            return new FsnnOutcome(dir.target(), e, outcome.results(), outcome.bestLoss(), outcome.trainSeconds());
        } catch (RuntimeException ex) {
            if (started && Files.exists(dir.path().resolve(Trainer.CHECKPOINT))) {
                dir.publish();
                log.println("the run failed; its last checkpoint is in " + dir.target());
            } else {
                dir.discard();
            }
            throw ex;
        }
    }

    /** Continues an interrupted run in its directory, then evaluates it. */
    public FsnnOutcome resume(Path runDir) {
        FsnnExperiment e = readConfig(runDir);
        if (!Files.exists(runDir.resolve(Trainer.CHECKPOINT))) {
            throw new IllegalArgumentException(runDir + ": no checkpoint to resume from");
        }
        return trainIn(e, runDir, true, UnaryOperator.identity());
    }

    /** Evaluates the model saved in a run directory again and rewrites its metrics, plots and report. */
    public FsnnOutcome evaluate(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new IllegalArgumentException(runDir + ": no such run directory");
        }
        FsnnExperiment e = readConfig(runDir);
        Checkpoint c = checkpoint(runDir);
        FastSlowNetwork net = e.init().create(e.network(), backend);
        net.load(c.bestParameters().isEmpty() ? c.parameters() : c.bestParameters());
        return evaluateAndReport(e, net, runDir, c.bestLoss(), previousTrainSeconds(runDir));
    }

    /** The trained network of a run directory, with its best parameters, on this runner's backend. */
    public FastSlowNetwork network(Path runDir) {
        FsnnExperiment e = readConfig(runDir);
        Checkpoint c = checkpoint(runDir);
        FastSlowNetwork net = e.init().create(e.network(), backend);
        net.load(c.bestParameters().isEmpty() ? c.parameters() : c.bestParameters());
        return net;
    }

    /** The backend the networks live on. */
    public Backend backend() {
        return backend;
    }

    /** Threads for the reference solver. */
    public int threads() {
        return threads;
    }

    private Checkpoint checkpoint(Path runDir) {
        try {
            return Checkpoint.read(runDir.resolve(Trainer.CHECKPOINT), backend);
        } catch (NoSuchFileException ex) {
            throw new IllegalArgumentException(runDir + ": no " + Trainer.CHECKPOINT + " in the run directory");
        } catch (IOException ex) {
            throw new IllegalArgumentException(runDir.resolve(Trainer.CHECKPOINT) + ": " + ex.getMessage(), ex);
        }
    }

    private FsnnOutcome trainIn(FsnnExperiment e, Path runDir, boolean resume,
            UnaryOperator<FastSlowDataset> extra) {
        long t0 = System.nanoTime();
        var d = e.data();
        log.printf(Locale.ROOT, "data: %s, %d fast and %d slow trajectories, %d manifold points%n", d.system(),
                d.fast().count(), d.slow().count(), d.manifoldCount());
        FastSlowDataset data = extra.apply(d.generate(threads, (a, b) -> { }));
        FsnnBatch all = FsnnData.batch(data, backend);
        double dataSeconds = (System.nanoTime() - t0) / 1e9;
        FastSlowNetwork net = e.init().create(e.network(), backend);
        var config = e.trainerConfig(progress);
        log.printf(Locale.ROOT, "training: %d parameters, %d epochs, %d IMEX sub-steps per interval, on %s"
                + " (data %.1f s)%n", net.parameterCount(), config.epochs(), e.substeps(), backend.name(), dataSeconds);
        long t1 = System.nanoTime();
        TrainingResult result = new Trainer<>(net, e.createLoss(), new FsnnSamples(all), config, runDir,
                ConfigNode.of(e.toMap())).run(resume);
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        log.printf(Locale.ROOT, "trained in %.1f s, best loss %.4e at epoch %d%n", trainSeconds, result.bestLoss(),
                result.bestEpoch());
        return evaluateAndReport(e, net, runDir, result.bestLoss(), trainSeconds);
    }

    private FsnnOutcome evaluateAndReport(FsnnExperiment e, FastSlowNetwork net, Path runDir, double bestLoss,
            double trainSeconds) {
        long t0 = System.nanoTime();
        List<FsnnEvaluation.EpsResult> results = FsnnEvaluation.evaluate(net, e, backend, threads);
        double evalSeconds = (System.nanoTime() - t0) / 1e9;
        for (FsnnEvaluation.EpsResult r : results) {
            log.printf(Locale.ROOT, "eval ε = %-8s full %.3e  hybrid %.3e  closure %.3e  eig max %.3e%n", r.eps(),
                    r.fullL2(), r.hybridL2(), r.closureL2(), r.eigMaxError());
        }
        Path plots = runDir.resolve(RunDirectory.PLOTS);
        List<String> figures = new ArrayList<>();
        try {
            Files.createDirectories(plots);
            if (RunPlots.lossCurves(runDir.resolve(Trainer.LOG), plots.resolve("loss.png"))) {
                figures.add("plots/loss.png");
            }
            FsnnPlots.save(plots.resolve("fast-rollouts.png"), FsnnPlots.fastRollouts(results), 3);
            figures.add("plots/fast-rollouts.png");
            var slow = FsnnPlots.slowRollouts(results);
            if (!slow.isEmpty()) {
                FsnnPlots.save(plots.resolve("closure-rollouts.png"), slow, 3);
                figures.add("plots/closure-rollouts.png");
            }
            FsnnPlots.save(plots.resolve("eigenvalues.png"), FsnnPlots.eigenvalues(results), 3);
            figures.add("plots/eigenvalues.png");
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("name", e.name());
            metrics.put("bestLoss", bestLoss);
            metrics.put("trainSeconds", Double.isNaN(trainSeconds) ? null : trainSeconds);
            metrics.put("evalSeconds", evalSeconds);
            metrics.put("substeps", e.substeps());
            metrics.put("evaluation", results.stream().map(FsnnEvaluation.EpsResult::toMap).toList());
            AtomicFiles.writeString(runDir.resolve(METRICS), json(metrics));
            AtomicFiles.writeString(runDir.resolve(REPORT), report(e, results, bestLoss, trainSeconds, evalSeconds,
                    figures));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the results into " + runDir, ex);
        }
        return new FsnnOutcome(runDir, e, results, bestLoss, trainSeconds);
    }

    private String report(FsnnExperiment e, List<FsnnEvaluation.EpsResult> results, double bestLoss,
            double trainSeconds, double evalSeconds, List<String> figures) {
        Provenance p = Provenance.current(backend.name(), backend.device());
        StringBuilder s = new StringBuilder("# FSNN run " + e.name() + "\n\n");
        s.append(String.format(Locale.ROOT, "System `%s`, %d fast- and %d slow-scale trajectories, %d manifold points;"
                + " best loss %.4e; training %s s, evaluation %.1f s on %s.%n%n", e.data().system(),
                e.data().fast().count(), e.data().slow().count(), e.data().manifoldCount(), bestLoss,
                Double.isNaN(trainSeconds) ? "?" : String.format(Locale.ROOT, "%.1f", trainSeconds), evalSeconds,
                backend.name()));
        s.append(FsnnEvaluation.markdown(results, e));
        s.append("\n## Figures\n\n");
        for (String f : figures) {
            s.append("![").append(f).append("](").append(f).append(")\n");
        }
        s.append("\n## Provenance\n\n```\n").append(p.toJson().toPrettyString()).append("\n```\n");
        return s.toString();
    }

    private static double previousTrainSeconds(Path runDir) {
        try {
            JsonNode m = ExperimentJson.mapper().readTree(runDir.resolve(METRICS).toFile());
            return m.path("trainSeconds").isNumber() ? m.get("trainSeconds").asDouble() : Double.NaN;
        } catch (IOException ex) {
            return Double.NaN;
        }
    }

    private static String json(Object value) {
        try {
            return ExperimentJson.mapper().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
