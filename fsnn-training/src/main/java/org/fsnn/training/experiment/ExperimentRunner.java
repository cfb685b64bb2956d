// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.transform.TargetTransformProvider;
import org.fsnn.training.data.EigenvalueFloor;
import org.fsnn.training.loss.RhsBatch;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.metrics.Evaluator;
import org.fsnn.training.metrics.TrajectoryView;
import org.fsnn.training.model.RhsModel;
import org.fsnn.training.report.Provenance;
import org.fsnn.training.report.ReportWriter;
import org.fsnn.training.report.RunDirectory;
import org.fsnn.training.report.RunMetrics;
import org.fsnn.training.report.RunPlots;
import org.fsnn.training.train.Checkpoint;
import org.fsnn.training.train.RhsSamples;
import org.fsnn.training.train.Trainer;
import org.fsnn.training.train.TrainingResult;

/**
 * Runs an experiment end to end: checks the whole configuration, makes the data, fits and trains
 * the model, evaluates it (paper eqs. 17–18 at every ε) and writes the run directory:
 * {@code config.json}, {@code checkpoint.json}, {@code log.csv}, {@code metrics.json},
 * {@code run.json}, {@code report.md} and {@code plots/}.
 *
 * <p>A fresh run is built in a hidden staging directory and moved into place at the end; a
 * configuration error leaves nothing behind. If training is interrupted (Ctrl-C) or fails after
 * it began, the directory is moved into place with its last good checkpoint, ready for
 * {@link #resume}.
 */
public final class ExperimentRunner {
    /** The configuration file of a run directory. */
    public static final String CONFIG = "config.json";
    /** The metrics file of a run directory. */
    public static final String METRICS = "metrics.json";
    /** The provenance file of a run directory. */
    public static final String RUN = "run.json";
    /** The report of a run directory. */
    public static final String REPORT = "report.md";

    private final PrintWriter log;
    private final boolean progress;
    private final Backend backend;

    /**
     * A runner on the process's {@linkplain Backends#defaultBackend() default backend}.
     *
     * @param log where to say what is happening (one line per stage)
     * @param progress whether the trainer shows a progress line on a terminal
     */
    public ExperimentRunner(PrintWriter log, boolean progress) {
        this(log, progress, null);
    }

    /**
     * A runner on a given backend, e.g. to compare backends within one process.
     *
     * @param log where to say what is happening (one line per stage)
     * @param progress whether the trainer shows a progress line on a terminal
     * @param backend where the model trains and is evaluated; null for the default backend
     */
    public ExperimentRunner(PrintWriter log, boolean progress, Backend backend) {
        this.log = log;
        this.progress = progress;
        this.backend = backend;
    }

    /** The backend of this runner, opening the default one on first use. */
    private Backend backend() {
        return backend != null ? backend : Backends.defaultBackend();
    }

    /**
     * Checks everything a run needs before anything is written: plugin names (listing the known
     * ones), the system's parameters at every ε, and the model's configuration.
     *
     * @throws IllegalArgumentException or {@link org.fsnn.api.spi.PluginException} on the first
     *     problem
     */
    public static void validate(Experiment e) {
        SystemFamilies systems = new SystemFamilies(e.system());
        for (double eps : e.epsGrid()) {
            systems.at(eps);
        }
        for (double eps : e.evaluationEps()) {
            systems.at(eps);
        }
        Registry.load(TargetTransformProvider.class).get(e.transform());
        Loss<?, ?> loss = Registry.load(LossProvider.class).get(e.loss()).create(ConfigNode.empty());
        loss.as(RhsModel.class, RhsBatch.class);
        Labels.spec(e.data());
        if (e.data().augmented()) {
            Augmentations.create(e);
        }
        int d = systems.at(e.epsGrid().getFirst()).dimension();
        try {
            ModelFactory.unfitted(e, d, Backends.reference(), new SplittableRandom(0));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("$.model: " + ex.getMessage(), ex);
        }
    }

    /**
     * Trains and evaluates {@code experiment} into a new run directory {@code out}.
     *
     * @throws IllegalArgumentException for an invalid experiment or an existing {@code out}
     */
    public RunOutcome train(Experiment experiment, Path out) {
        validate(experiment);
        RunDirectory dir = RunDirectory.stage(out);
        Thread keepOnInterrupt = new Thread(() -> {
            dir.publish();
            log.println("interrupted: the last checkpoint is in " + dir.target() + "; continue with --resume");
            log.flush();
        });
        boolean trainingStarted = false;
        try {
            dir.writeString(CONFIG, ExperimentJson.write(experiment));
            Runtime.getRuntime().addShutdownHook(keepOnInterrupt);
            trainingStarted = true;
            RunOutcome outcome = trainIn(experiment, dir.path(), false);
            Runtime.getRuntime().removeShutdownHook(keepOnInterrupt);
            dir.publish();
            return new RunOutcome(dir.target(), outcome.experiment(), outcome.metrics());
        } catch (RuntimeException ex) {
            removeHook(keepOnInterrupt);
            if (trainingStarted && Files.exists(dir.path().resolve(Trainer.CHECKPOINT))) {
                dir.publish();
                log.println("the run failed; its last checkpoint is in " + dir.target());
            } else {
                dir.discard();
            }
            throw ex;
        }
    }

    /** Continues an interrupted run in its directory, then evaluates it. */
    public RunOutcome resume(Path runDir) {
        Experiment experiment = ExperimentJson.read(runDir.resolve(CONFIG));
        validate(experiment);
        if (!Files.exists(runDir.resolve(Trainer.CHECKPOINT))) {
            throw new IllegalArgumentException(runDir + ": no checkpoint to resume from");
        }
        return trainIn(experiment, runDir, true);
    }

    private RunOutcome trainIn(Experiment e, Path runDir, boolean resume) {
        Backend backend = backend();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        SplittableRandom root = new SplittableRandom(e.training().seed());
        SplittableRandom dataRng = root.split();
        SplittableRandom initRng = root.split();
        SystemFamilies systems = new SystemFamilies(e.system());
        log.printf(Locale.ROOT, "data: %d trajectories at each of %d ε values, %s labels, augmentation %s%n",
                e.data().trajectories(), e.epsGrid().size(), e.data().labels(), e.data().augmentation());
        TrainingData data = TrainingData.generate(e, systems, dataRng);
        double dataSeconds = (System.nanoTime() - t0) / 1e9;
        int d = data.dimension();
        int n = data.count();
        Tensor states = backend.fromArray(data.states(), n, d);
        Tensor eps = backend.fromArray(data.eps(), n, 1);
        Tensor targets = backend.fromArray(data.labels(), n, d);
        RhsModel model;
        try (MemoryScope fit = backend.scope()) {
            model = ModelFactory.fit(e, backend, states, eps, targets, initRng);
            model.state().values().forEach(fit::keep);
            model.fittedState().values().forEach(fit::keep);
        }
        Loss<RhsModel, RhsBatch> loss = Registry.load(LossProvider.class).get(e.loss()).create(ConfigNode.empty())
                .as(RhsModel.class, RhsBatch.class);
        log.printf(Locale.ROOT, "training: %d samples (%d on trajectories), %d parameters, %d epochs on %s%n", n,
                data.baseCount(), model.parameterCount(), e.training().epochs(), backend.name());
        long t1 = System.nanoTime();
        Map<String, Object> resolved = ExperimentJson.mapper().convertValue(ExperimentJson.toTree(e), Map.class);
        Trainer<RhsModel, RhsBatch> trainer = new Trainer<>(model, loss,
                new RhsSamples(new RhsBatch(states, eps, targets)), ModelFactory.trainerConfig(e, n, progress), runDir,
                ConfigNode.of(resolved));
        TrainingResult result = trainer.run(resume);
        double trainSeconds = (System.nanoTime() - t1) / 1e9;

        List<RunPlots.TargetStats> targetStats = targetPlots(model, backend, data, runDir);
        RunOutcome outcome = evaluateAndReport(e, model, backend, runDir, result.bestLoss(), trainSeconds,
                targetStats);
        writeProvenance(e, backend, runDir, started, dataSeconds, trainSeconds, outcome.metrics());
        // Everything is on disk: free the run's device memory now rather than when it is collected.
        for (Tensor t : List.of(states, eps, targets)) {
            t.buffer().release();
        }
        model.state().values().forEach(t -> t.buffer().release());
        model.fittedState().values().forEach(t -> t.buffer().release());
        return outcome;
    }

    /**
     * Evaluates the model saved in a run directory again and rewrites its metrics, plots and
     * report.
     *
     * @throws IllegalArgumentException if the directory holds no config or checkpoint
     */
    public RunOutcome evaluate(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new IllegalArgumentException(runDir + ": no such run directory");
        }
        Experiment e = ExperimentJson.read(runDir.resolve(CONFIG));
        validate(e);
        Backend backend = backend();
        Checkpoint c;
        try {
            c = Checkpoint.read(runDir.resolve(Trainer.CHECKPOINT), backend);
        } catch (java.nio.file.NoSuchFileException ex) {
            throw new IllegalArgumentException(runDir + ": no " + Trainer.CHECKPOINT + " in the run directory");
        } catch (IOException ex) {
            throw new IllegalArgumentException(runDir.resolve(Trainer.CHECKPOINT) + ": " + ex.getMessage(), ex);
        }
        int d = new SystemFamilies(e.system()).at(e.epsGrid().getFirst()).dimension();
        RhsModel model = ModelFactory.unfitted(e, d, backend, new SplittableRandom(0));
        model.load(c.bestParameters().isEmpty() ? c.parameters() : c.bestParameters());
        model.loadFittedState(c.fitted());
        RunMetrics old = readMetrics(runDir);
        double trainSeconds = old == null ? Double.NaN : old.trainSeconds();
        return evaluateAndReport(e, model, backend, runDir, c.bestLoss(), trainSeconds, readTargetStats(runDir));
    }

    private RunOutcome evaluateAndReport(Experiment e, RhsModel model, Backend backend, Path runDir,
            double bestLoss, double trainSeconds, List<RunPlots.TargetStats> targetStats) {
        long t0 = System.nanoTime();
        EvaluationSpec spec = e.evaluation();
        SystemFamilies systems = new SystemFamilies(e.system());
        Evaluator evaluator = new Evaluator(spec.trajectories(), spec.dt(), spec.tEnd(), spec.seed());
        RhsModelField field = new RhsModelField(model, backend);
        List<EpsMetrics> rows = new ArrayList<>();
        List<TrajectoryView> views = new ArrayList<>();
        for (double eps : e.evaluationEps()) {
            Evaluator.Result r = evaluator.evaluate(systems.at(eps), eps, field);
            rows.add(r.metrics());
            views.add(r.view());
            log.printf(Locale.ROOT, "eval ε = %-6s rollout L2 %.3e  E_fast %.3e  E_slow %.3e%n", eps,
                    r.metrics().rolloutL2(), r.metrics().eigFastMae(), r.metrics().eigSlowMae());
        }
        double evalSeconds = (System.nanoTime() - t0) / 1e9;
        RunMetrics metrics = new RunMetrics(bestLoss, trainSeconds, evalSeconds, spec.headlineEps(), rows);
        ObjectNode json = metrics.toJson();
        if (!targetStats.isEmpty()) {
            ArrayNode t = json.putArray("targets");
            for (RunPlots.TargetStats s : targetStats) {
                t.addObject().put("name", s.name()).put("skew_raw", s.skewRaw())
                        .put("skew_transformed", s.skewTransformed()).put("qq_r_raw", s.qqRaw())
                        .put("qq_r_transformed", s.qqTransformed());
            }
        }
        Path plots = runDir.resolve(RunDirectory.PLOTS);
        try {
            Files.createDirectories(plots);
            List<String> plotFiles = new ArrayList<>();
            if (RunPlots.lossCurves(runDir.resolve(Trainer.LOG), plots.resolve("loss.png"))) {
                plotFiles.add("plots/loss.png");
            }
            RunPlots.trajectories(views, plots.resolve("trajectories.png"));
            RunPlots.eigenvalues(views, plots.resolve("eigenvalues.png"));
            plotFiles.addAll(List.of("plots/trajectories.png", "plots/eigenvalues.png"));
            if (Files.exists(plots.resolve("targets-hist.png"))) {
                plotFiles.addAll(List.of("plots/targets-hist.png", "plots/targets-qq.png"));
            }
            org.fsnn.training.io.AtomicFiles.writeString(runDir.resolve(METRICS),
                    ExperimentJson.mapper().writeValueAsString(json) + "\n");
            Provenance provenance = Provenance.current(backend.name(), backend.device());
            org.fsnn.training.io.AtomicFiles.writeString(runDir.resolve(REPORT),
                    ReportWriter.markdown(e, metrics, provenance, targetStats, plotFiles, labelFloor(e, systems)));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the results into " + runDir, ex);
        }
        return new RunOutcome(runDir, e, metrics);
    }

    /** The label floor table at the evaluated ε, or empty when the system knows no fast eigenvalues. */
    private static String labelFloor(Experiment e, SystemFamilies systems) {
        double[] eps = e.evaluationEps().stream().mapToDouble(Double::doubleValue).toArray();
        DynamicalSystem first = systems.at(eps[0]);
        double[] state = new double[first.dimension()];
        first.sampleInitialStates(new SplittableRandom(e.evaluation().seed()), 1, state);
        try {
            return EigenvalueFloor.table(List.of(Labels.spec(e.data())), eps,
                    EigenvalueFloor.fastestEigenvalue(systems, state)).toMarkdown();
        } catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
            return "";
        }
    }

    private static List<RunPlots.TargetStats> targetPlots(RhsModel model, Backend backend, TrainingData data,
            Path runDir) {
        int d = data.dimension();
        int n = data.count();
        double[] t;
        try (Tape.NoGrad _ = Tape.noGrad(); MemoryScope _ = backend.scope()) {
            t = model.transform().forward(Var.constant(backend.fromArray(data.labels(), n, d))).value().toArray();
        }
        double[][] raw = new double[d][n];
        double[][] tr = new double[d][n];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            names.add("dz" + c + "/dt");
            for (int i = 0; i < n; i++) {
                raw[c][i] = data.labels()[i * d + c];
                tr[c][i] = t[i * d + c];
            }
        }
        Path plots = runDir.resolve(RunDirectory.PLOTS);
        try {
            Files.createDirectories(plots);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return RunPlots.targets(names, raw, tr, plots.resolve("targets-hist.png"), plots.resolve("targets-qq.png"));
    }

    private static void writeProvenance(Experiment e, Backend backend, Path runDir, Instant started,
            double dataSeconds, double trainSeconds, RunMetrics metrics) {
        ObjectNode run = ExperimentJson.mapper().createObjectNode();
        run.set("config", ExperimentJson.toTree(e));
        run.set("environment", Provenance.current(backend.name(), backend.device()).toJson());
        run.putObject("seeds").put("training", e.training().seed()).put("evaluation", e.evaluation().seed());
        run.putObject("timings").put("started", started.toString()).put("finished", Instant.now().toString())
                .put("data_seconds", dataSeconds).put("train_seconds", trainSeconds)
                .put("eval_seconds", metrics.evalSeconds());
        run.set("metrics", metrics.toJson());
        try {
            org.fsnn.training.io.AtomicFiles.writeString(runDir.resolve(RUN),
                    ExperimentJson.mapper().writeValueAsString(run) + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + runDir.resolve(RUN), ex);
        }
    }

    /** The metrics of a finished run directory, or null when it has none. */
    public static RunMetrics readMetrics(Path runDir) {
        Path file = runDir.resolve(METRICS);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return RunMetrics.fromJson(ExperimentJson.mapper().readTree(file.toFile()));
        } catch (IOException ex) {
            throw new IllegalArgumentException(file + ": unreadable metrics: " + ex.getMessage(), ex);
        }
    }

    private static List<RunPlots.TargetStats> readTargetStats(Path runDir) {
        List<RunPlots.TargetStats> out = new ArrayList<>();
        try {
            Path file = runDir.resolve(METRICS);
            if (Files.exists(file)) {
                for (JsonNode t : ExperimentJson.mapper().readTree(file.toFile()).path("targets")) {
                    out.add(new RunPlots.TargetStats(t.path("name").asText(), t.path("skew_raw").asDouble(),
                            t.path("skew_transformed").asDouble(), t.path("qq_r_raw").asDouble(),
                            t.path("qq_r_transformed").asDouble()));
                }
            }
        } catch (IOException ex) {
            throw new IllegalArgumentException(runDir.resolve(METRICS) + ": " + ex.getMessage(), ex);
        }
        return out;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // already shutting down, or never added
        }
    }
}
