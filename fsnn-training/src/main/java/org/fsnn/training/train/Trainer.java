// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.nn.Module;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Buffer;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.io.ProgressBar;
import org.fsnn.training.model.FittedState;
import org.fsnn.training.optim.GradientTransform;
import org.fsnn.training.optim.Optim;
import org.fsnn.training.optim.Update;

/**
 * Mini-batch training of any {@link Module} with any {@link Loss} over a {@link BatchSource}.
 *
 * <p>Each epoch shuffles the training samples by (seed, epoch) ({@link Shuffle}), takes one
 * optimizer update per batch (its gradient evaluated in {@code shards} parts, on as many threads
 * where the backend allows: {@link ShardedGradient}), then evaluates the held-out validation
 * samples without gradients. The parameters with the lowest validation loss (training loss when nothing is held out) are
 * kept. Every epoch appends a row to {@value #LOG}; every {@code checkpointEvery} epochs and after
 * the last one, {@value #CHECKPOINT} is replaced atomically ({@link Checkpoint}).
 *
 * <p>Device memory stays flat however long the run: each update and each validation batch runs in a
 * {@linkplain Backend#scope() memory scope} that frees its intermediates, and the parameter values
 * and optimizer state that an update replaces are released at once, as is the optimizer state when
 * the run ends. The best parameters are kept as copies. The trainer owns the model's parameter values from {@link #run} on: the values it
 * replaces (the initial ones included) are released, so callers must not keep them.
 *
 * <p>{@link #run run(true)} continues from the checkpoint in the run directory and produces the
 * same parameters, optimizer state and log rows, bit for bit, as a run that never stopped (on the
 * same backend and thread count). A non-finite loss term or gradient stops training with a
 * {@link TrainingDivergedException} before the update is applied; the checkpoint on disk is then
 * the last good one.
 *
 * @param <M> the model type
 * @param <B> the batch type
 */
public final class Trainer<M extends Module, B> {
    /** The checkpoint's file name in the run directory. */
    public static final String CHECKPOINT = "checkpoint.json";
    /** The log's file name in the run directory. */
    public static final String LOG = "log.csv";

    private final M model;
    private final Loss<M, B> loss;
    private final BatchSource<B> data;
    private final TrainerConfig config;
    private final Path runDir;
    private final Map<String, Object> resolvedConfig;

    /**
     * @param model the model, initialized (and fitted, for {@link FittedState} models)
     * @param loss the objective
     * @param data the samples
     * @param config how to train
     * @param runDir where the checkpoint and log go; created if missing
     * @param resolvedConfig the full run configuration, saved in checkpoints
     */
    public Trainer(M model, Loss<M, B> loss, BatchSource<B> data, TrainerConfig config, Path runDir, ConfigNode resolvedConfig) {
        if (!loss.modelType().isInstance(model)) {
            throw new IllegalArgumentException("trainer: loss evaluates a " + loss.modelType().getSimpleName()
                    + ", not a " + model.getClass().getSimpleName());
        }
        if (data.size() < 1) {
            throw new IllegalArgumentException("trainer: no samples");
        }
        this.model = model;
        this.loss = loss;
        this.data = data;
        this.config = config;
        this.runDir = runDir;
        this.resolvedConfig = resolvedConfig.asMap();
    }

    /** The checkpoint file. */
    public Path checkpointFile() {
        return runDir.resolve(CHECKPOINT);
    }

    /**
     * Trains to {@code config.epochs()}.
     *
     * @param resume continue from the run directory's checkpoint (which must exist) rather than
     *     start afresh (which discards an old log)
     * @throws TrainingDivergedException on a non-finite loss term or gradient
     * @throws UncheckedIOException if the run directory cannot be written
     */
    public TrainingResult run(boolean resume) {
        try {
            Files.createDirectories(runDir);
            return train(resume);
        } catch (IOException e) {
            throw new UncheckedIOException("trainer: run directory " + runDir + ": " + e.getMessage(), e);
        }
    }

    private TrainingResult train(boolean resume) throws IOException {
        try (ShardedGradient<M, B> gradient = new ShardedGradient<>(loss)) {
            return train(resume, gradient);
        }
    }

    private TrainingResult train(boolean resume, ShardedGradient<M, B> gradient) throws IOException {
        Map<String, Parameter> params = model.parameters();
        Backend backend = params.values().iterator().next().value().backend();
        OptimizerRun<?> opt = OptimizerRun.of(config.optimizer().build());
        EpochLog log = new EpochLog(runDir.resolve(LOG));
        int[] order = Shuffle.permutation(data.size(), config.seed(), 0);
        int validation = (int) Math.floor(config.validationFraction() * data.size());
        int[] valIdx = Arrays.copyOfRange(order, 0, validation);
        int[] trainIdx = Arrays.copyOfRange(order, validation, order.length);
        if (trainIdx.length == 0) {
            throw new IllegalArgumentException("trainer: validationFraction " + config.validationFraction()
                    + " leaves no training samples out of " + data.size());
        }

        int startEpoch = 0;
        long step = 0;
        int bestEpoch = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        Map<String, Tensor> best = null;
        if (resume) {
            if (!Files.exists(checkpointFile())) {
                throw new IllegalArgumentException("trainer: cannot resume, no checkpoint at " + checkpointFile());
            }
            Checkpoint c = Checkpoint.read(checkpointFile(), backend);
            if (c.seed() != config.seed()) {
                throw new IllegalArgumentException("trainer: checkpoint " + checkpointFile() + " was made with seed "
                        + c.seed() + " but the config has seed " + config.seed());
            }
            model.load(c.parameters());
            if (model instanceof FittedState f) {
                f.loadFittedState(c.fitted());
            }
            opt.load(c.optimizer(), model.state());
            startEpoch = c.epoch();
            step = c.step();
            bestEpoch = c.bestEpoch();
            bestLoss = c.bestLoss();
            best = c.bestParameters();
            log.truncateAfter(startEpoch);
        } else {
            opt.init(model.state());
            log.reset();
            best = copies(model.state());
        }

        boolean terminal = System.console() != null && System.console().isTerminal();
        ProgressBar progress = config.progress() && terminal ? new ProgressBar(System.err, "train", true) : null;
        int batches = TrainerConfig.batchesPerEpoch(data.size(), config.validationFraction(), config.batchSize());
        long totalBatches = (long) batches * (config.epochs() - startEpoch);
        long doneBatches = 0;
        Map<String, Double> means = Map.of();
        List<String> header = null;
        for (int epoch = startEpoch + 1; epoch <= config.epochs(); epoch++) {
            long t0 = System.nanoTime();
            int[] perm = Shuffle.permutation(trainIdx.length, config.seed(), epoch);
            Map<String, Double> sums = new LinkedHashMap<>();
            double total = 0;
            for (int j = 0; j < batches; j++) {
                int from = j * config.batchSize();
                int to = Math.min(from + config.batchSize(), perm.length);
                int[] idx = new int[to - from];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = trainIdx[perm[from + i]];
                }
                Map<String, Double> values = step(gradient, opt, params, backend, idx, epoch, j + 1);
                step++;
                double batchTotal = 0;
                for (var e : values.entrySet()) {
                    sums.merge(e.getKey(), e.getValue() * idx.length, Double::sum);
                    batchTotal += e.getValue();
                }
                total += batchTotal * idx.length;
                doneBatches++;
                if (progress != null) {
                    progress.progress(doneBatches, totalBatches, String.format(Locale.ROOT, "epoch %d/%d batch %d/%d loss %.4e",
                            epoch, config.epochs(), j + 1, batches, total / to));
                }
            }
            means = new LinkedHashMap<>();
            for (var e : sums.entrySet()) {
                means.put(e.getKey(), e.getValue() / trainIdx.length);
            }
            double trainLoss = total / trainIdx.length;
            double valLoss = valIdx.length == 0 ? Double.NaN : validate(backend, valIdx, epoch);
            double monitored = valIdx.length == 0 ? trainLoss : valLoss;
            if (monitored < bestLoss) {
                bestLoss = monitored;
                bestEpoch = epoch;
                release(best.values());
                best = copies(model.state());
            }
            if (header == null) {
                header = new ArrayList<>(List.of("epoch", "train_loss"));
                for (String term : means.keySet()) {
                    header.add("train_" + term);
                }
                header.addAll(List.of("val_loss", "lr", "seconds"));
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(epoch), Double.toString(trainLoss)));
            means.values().forEach(v -> row.add(Double.toString(v)));
            row.add(valIdx.length == 0 ? "" : Double.toString(valLoss));
            row.add(Double.toString(config.optimizer().learningRate().at(step - 1)));
            row.add(Double.toString((System.nanoTime() - t0) / 1e9));
            log.append(header, row);
            if (epoch % config.checkpointEvery() == 0 || epoch == config.epochs()) {
                checkParametersFinite(epoch);
                Map<String, Tensor> fitted = model instanceof FittedState f ? f.fittedState() : Map.of();
                new Checkpoint(epoch, step, config.seed(), resolvedConfig, bestEpoch, bestLoss, model.state(), best,
                        fitted, opt.save()).write(checkpointFile());
            }
        }
        if (config.restoreBest() && bestEpoch > 0) {
            Set<Buffer> last = buffers(model.state().values());
            model.load(best);
            releaseUnused(last, buffers(model.state().values()));
        } else {
            release(best.values());
        }
        releaseUnused(buffers(opt.save().values()), buffers(model.state().values()));
        return new TrainingResult(config.epochs(), bestEpoch, bestLoss, means, checkpointFile(), runDir.resolve(LOG));
    }

    /**
     * One update on the samples {@code idx}, in a memory scope that keeps only the new parameter
     * values and optimizer state; the ones they replace are released. Returns the batch's term
     * values.
     */
    private Map<String, Double> step(ShardedGradient<M, B> gradient, OptimizerRun<?> opt, Map<String, Parameter> params,
            Backend backend, int[] idx, int epoch, int j) {
        Set<Buffer> before = buffers(model.state().values(), opt.save().values());
        Map<String, Double> values;
        try (MemoryScope scope = backend.scope()) {
            values = update(gradient, opt, params, shards(idx), epoch, j);
            model.state().values().forEach(scope::keep);
            opt.save().values().forEach(scope::keep);
        }
        releaseUnused(before, buffers(model.state().values(), opt.save().values()));
        return values;
    }

    private Map<String, Double> update(ShardedGradient<M, B> gradient, OptimizerRun<?> opt, Map<String, Parameter> params,
            List<B> shards, int epoch, int j) {
        ShardedGradient.Result r = gradient.evaluate(model, shards);
        for (var e : r.values().entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw diverged(epoch, j, "loss term '" + e.getKey() + "' is " + e.getValue());
            }
        }
        for (var e : r.grads().entrySet()) {
            if (!allFinite(e.getValue())) {
                throw diverged(epoch, j, "the gradient of parameter '" + e.getKey() + "' is not finite");
            }
        }
        opt.update(r.grads(), model.state(), params);
        return r.values();
    }

    /** The batch of these samples split into {@code config.shards()} contiguous parts (fewer if it is smaller). */
    private List<B> shards(int[] idx) {
        int parts = Math.min(config.shards(), idx.length);
        List<B> out = new ArrayList<>(parts);
        for (int s = 0; s < parts; s++) {
            out.add(data.batch(Arrays.copyOfRange(idx, (int) ((long) idx.length * s / parts),
                    (int) ((long) idx.length * (s + 1) / parts))));
        }
        return out;
    }

    private double validate(Backend backend, int[] valIdx, int epoch) {
        double total = 0;
        try (Tape.NoGrad _ = Tape.noGrad()) {
            for (int from = 0; from < valIdx.length; from += config.batchSize()) {
                int[] idx = Arrays.copyOfRange(valIdx, from, Math.min(from + config.batchSize(), valIdx.length));
                try (MemoryScope _ = backend.scope()) {
                    LossTerms terms = loss.terms(model, data.batch(idx));
                    for (var e : terms.values().entrySet()) {
                        if (!Double.isFinite(e.getValue())) {
                            throw new TrainingDivergedException("epoch " + epoch + ", validation: loss term '"
                                    + e.getKey() + "' is " + e.getValue() + lastCheckpointNote());
                        }
                        total += e.getValue() * idx.length;
                    }
                }
            }
        }
        return total / valIdx.length;
    }

    /** Copies of the tensors, by name: buffers of their own, which an update never replaces. */
    private static Map<String, Tensor> copies(Map<String, Tensor> tensors) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tensors.forEach((name, t) -> out.put(name,
                t.backend().slice(t.reshape(t.size()), 0, t.size()).reshape(t.shape().dims())));
        return out;
    }

    /** The buffers behind these tensors, by identity. */
    @SafeVarargs
    private static Set<Buffer> buffers(Collection<Tensor>... groups) {
        Set<Buffer> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Collection<Tensor> g : groups) {
            g.forEach(t -> out.add(t.buffer()));
        }
        return out;
    }

    /** Releases each buffer of {@code old} that {@code live} does not hold. */
    private static void releaseUnused(Set<Buffer> old, Set<Buffer> live) {
        old.stream().filter(b -> !live.contains(b)).forEach(Buffer::release);
    }

    private static void release(Collection<Tensor> tensors) {
        releaseUnused(buffers(tensors), Set.of());
    }

    private void checkParametersFinite(int epoch) {
        model.parameters().forEach((name, p) -> {
            if (!allFinite(p.value())) {
                throw new TrainingDivergedException("epoch " + epoch + ": parameter '" + name
                        + "' is not finite; checkpoint not written" + lastCheckpointNote());
            }
        });
    }

    private TrainingDivergedException diverged(int epoch, int batch, String what) {
        return new TrainingDivergedException("epoch " + epoch + ", batch " + batch + ": " + what
                + "; the update was not applied" + lastCheckpointNote());
    }

    private String lastCheckpointNote() {
        return Files.exists(checkpointFile()) ? "; the last checkpoint " + checkpointFile() + " is kept" : "";
    }

    private static boolean allFinite(Tensor t) {
        for (double v : t.toArray()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** A gradient transform with its current state, so the trainer needs no state type. */
    private static final class OptimizerRun<S> {
        private final GradientTransform<S> transform;
        private S state;

        private OptimizerRun(GradientTransform<S> transform) {
            this.transform = transform;
        }

        static <S> OptimizerRun<S> of(GradientTransform<S> transform) {
            return new OptimizerRun<>(transform);
        }

        void init(Map<String, Tensor> params) {
            state = transform.init(params);
        }

        void load(Map<String, Tensor> saved, Map<String, Tensor> params) {
            state = transform.loadState(saved, params);
        }

        Map<String, Tensor> save() {
            return transform.saveState(state);
        }

        void update(Map<String, Tensor> grads, Map<String, Tensor> values, Map<String, Parameter> params) {
            Update<S> u = transform.update(grads, state, values);
            Optim.applyUpdates(params, u.updates());
            state = u.state();
        }
    }
}
