// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.training.optim.OptimizerSpec;

/**
 * How to train. Config keys (all optional): {@code epochs} (100), {@code batchSize} (256),
 * {@code validationFraction} (0.1; the validation samples are held out once, by {@code seed}),
 * {@code seed} (0; the shuffles), {@code checkpointEvery} (10 epochs; a checkpoint is also written
 * after the last epoch), {@code restoreBest} (true: the model ends with the parameters of the
 * best validation loss), {@code progress} (true: a progress line on a terminal),
 * {@code optimizer} ({@link OptimizerSpec}) and {@code shards} (1: how many parts each batch is
 * split into, evaluated on as many threads and their gradients summed ({@link ShardedGradient});
 * the numbers depend on the shard count, not on the machine).
 *
 * @param epochs the number of passes over the training samples
 * @param batchSize samples per update
 * @param validationFraction the share of samples held out, in [0, 1)
 * @param seed the shuffling seed
 * @param checkpointEvery epochs between checkpoints
 * @param restoreBest whether to end with the best parameters
 * @param progress whether to show progress on a terminal
 * @param optimizer the optimizer
 * @param shards the parts each batch is split into, at least 1
 */
public record TrainerConfig(int epochs, int batchSize, double validationFraction, long seed, int checkpointEvery,
        boolean restoreBest, boolean progress, OptimizerSpec optimizer, int shards) {
    /** The epochs of a config that names none. */
    private static final int DEFAULT_EPOCHS = 100;

    /** Checks the numbers. */
    public TrainerConfig {
        if (epochs < 1 || batchSize < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("trainer: epochs, batchSize and checkpointEvery must be >= 1, got epochs="
                    + epochs + ", batchSize=" + batchSize + ", checkpointEvery=" + checkpointEvery);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("trainer: validationFraction must be in [0, 1), got " + validationFraction);
        }
        if (shards < 1 || shards > batchSize) {
            throw new IllegalArgumentException("trainer: shards must be in [1, batchSize = " + batchSize + "], got " + shards);
        }
    }

    /** Settings with every batch evaluated whole (one shard). */
    public TrainerConfig(int epochs, int batchSize, double validationFraction, long seed, int checkpointEvery,
            boolean restoreBest, boolean progress, OptimizerSpec optimizer) {
        this(epochs, batchSize, validationFraction, seed, checkpointEvery, restoreBest, progress, optimizer, 1);
    }

    /** Reads the keys listed on the record. */
    public static TrainerConfig parse(ConfigNode node) {
        node.requireOnly("epochs", "batchSize", "validationFraction", "seed", "checkpointEvery", "restoreBest",
                "progress", "optimizer", "shards");
        return new TrainerConfig(node.getInt("epochs", DEFAULT_EPOCHS), node.getInt("batchSize", 256),
                node.getDouble("validationFraction", 0.1), node.getInt("seed", 0), node.getInt("checkpointEvery", 10),
                node.getBoolean("restoreBest", true), node.getBoolean("progress", true),
                OptimizerSpec.parse(node.child("optimizer")), node.getInt("shards", 1));
    }

    /**
     * The updates in one epoch over {@code samples} samples, of which the share
     * {@code validationFraction} is held out, as the trainer splits them.
     */
    public static int batchesPerEpoch(int samples, double validationFraction, int batchSize) {
        int training = samples - (int) Math.floor(validationFraction * samples);
        return (training + batchSize - 1) / batchSize;
    }

    /**
     * The trainer config map {@code training} (the keys of {@link #parse}) with {@code epochs}
     * epochs, and the learning-rate schedule's length ({@code decaySteps} of a cosine,
     * {@code transitionSteps} of an exponential decay) scaled by the same factor, so that a run
     * cut to a fraction of its epochs still decays to the same final rate. Other keys are kept.
     *
     * @throws IllegalArgumentException if {@code epochs < 1}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> rescaledEpochs(Map<String, Object> training, int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("trainer: epochs must be >= 1, got " + epochs);
        }
        double factor = (double) epochs / ConfigNode.of(training).getInt("epochs", DEFAULT_EPOCHS);
        Map<String, Object> out = new LinkedHashMap<>(training);
        out.put("epochs", epochs);
        if (training.get("optimizer") instanceof Map<?, ?> optimizer
                && optimizer.get("learningRate") instanceof Map<?, ?> schedule) {
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) schedule);
            for (String key : List.of("decaySteps", "transitionSteps")) {
                if (s.get(key) instanceof Number n) {
                    s.put(key, Math.max(1, Math.round(n.doubleValue() * factor)));
                }
            }
            Map<String, Object> o = new LinkedHashMap<>((Map<String, Object>) optimizer);
            o.put("learningRate", s);
            out.put("optimizer", o);
        }
        return out;
    }

    /** A copy with another number of epochs, e.g. to extend a finished run. */
    public TrainerConfig withEpochs(int newEpochs) {
        return new TrainerConfig(newEpochs, batchSize, validationFraction, seed, checkpointEvery, restoreBest, progress,
                optimizer, shards);
    }
}
