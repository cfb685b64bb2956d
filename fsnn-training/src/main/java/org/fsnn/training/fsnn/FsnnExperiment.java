// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.loss.FsnnLoss;
import org.fsnn.training.loss.FsnnLossProvider;
import org.fsnn.training.train.TrainerConfig;

/**
 * One FSNN training run, everything that determines it: the data ({@link TrajectoryRecipe}: fast-
 * and slow-scale trajectories, ε per trajectory, manifold points), the network (the
 * {@link org.fsnn.layers.FastSlowNetwork} config), its initialization ({@link FsnnInit}), the loss
 * (the {@code fsnn} loss plugin's config: term weights, {@code substeps} IMEX sub-steps per data
 * interval for fast-scale trajectories, {@code slowSubsteps} slow-manifold sub-steps for slow-scale
 * ones), the trainer and the evaluation.
 *
 * <p>JSON form ({@link #toMap} / {@link #fromConfig}): {@code {"name", "data": {recipe},
 * "network": {..}, "init": {"outputScale", "seed"}, "loss": {..}, "training": {trainer},
 * "evaluation": {..}}}.
 *
 * @param name the run's name
 * @param data the training data
 * @param network the network config
 * @param init the initialization
 * @param loss the {@code fsnn} loss config
 * @param training the trainer config ({@link TrainerConfig#parse} keys)
 * @param evaluation what to evaluate after training
 */
public record FsnnExperiment(String name, TrajectoryRecipe data, Map<String, Object> network, FsnnInit init,
        Map<String, Object> loss, Map<String, Object> training, FsnnEvaluationSpec evaluation) {

    /** Validates what can be checked without building anything and copies the maps. */
    public FsnnExperiment {
        if (name == null || name.isBlank() || data == null || network == null || init == null || loss == null
                || training == null || evaluation == null) {
            throw new IllegalArgumentException("fsnn experiment: name, data, network, init, loss, training and"
                    + " evaluation are required");
        }
        network = Map.copyOf(network);
        loss = Map.copyOf(loss);
        training = Map.copyOf(training);
    }

    /**
     * This experiment trained for {@code epochs} epochs, its learning-rate decay rescaled to match
     * ({@link TrainerConfig#rescaledEpochs}); for trials at a fraction of a budget.
     */
    public FsnnExperiment withEpochs(int epochs) {
        return new FsnnExperiment(name, data, network, init, loss, TrainerConfig.rescaledEpochs(training, epochs),
                evaluation);
    }

    /** The loss this experiment trains with. */
    public FsnnLoss createLoss() {
        return new FsnnLossProvider().create(ConfigNode.of("$.loss", loss));
    }

    /** The trainer settings, with the progress line switched as asked. */
    public TrainerConfig trainerConfig(boolean progress) {
        Map<String, Object> t = new LinkedHashMap<>(training);
        t.put("progress", progress);
        return TrainerConfig.parse(ConfigNode.of("$.training", t));
    }

    /** IMEX sub-steps per data interval of the full scheme (the loss's {@code substeps}, default 1). */
    public int substeps() {
        return ConfigNode.of(loss).getInt("substeps", 1);
    }

    /** Slow-manifold sub-steps per data interval (the loss's {@code slowSubsteps}, default 1). */
    public int slowSubsteps() {
        return ConfigNode.of(loss).getInt("slowSubsteps", 1);
    }

    /** A copy with another name. */
    public FsnnExperiment withName(String newName) {
        return new FsnnExperiment(newName, data, network, init, loss, training, evaluation);
    }

    /** A copy with other data. */
    public FsnnExperiment withData(TrajectoryRecipe newData) {
        return new FsnnExperiment(name, newData, network, init, loss, training, evaluation);
    }

    /** A copy with another initialization. */
    public FsnnExperiment withInit(FsnnInit newInit) {
        return new FsnnExperiment(name, data, network, newInit, loss, training, evaluation);
    }

    /** A copy with other trainer settings. */
    public FsnnExperiment withTraining(Map<String, Object> newTraining) {
        return new FsnnExperiment(name, data, network, init, loss, newTraining, evaluation);
    }

    /** A copy with another loss config. */
    public FsnnExperiment withLoss(Map<String, Object> newLoss) {
        return new FsnnExperiment(name, data, network, init, newLoss, training, evaluation);
    }

    /** A copy with another evaluation. */
    public FsnnExperiment withEvaluation(FsnnEvaluationSpec newEvaluation) {
        return new FsnnExperiment(name, data, network, init, loss, training, newEvaluation);
    }

    /** The JSON-ready form, read back by {@link #fromConfig}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        Map<String, Object> recipe = new LinkedHashMap<>(data.toMap());
        // the recipe's header map names two keys differently from its config reader
        recipe.put("slow-start", recipe.remove("slowStart"));
        recipe.put("manifold-count", recipe.remove("manifoldCount"));
        map.put("data", recipe);
        map.put("network", network);
        map.put("init", init.toMap());
        map.put("loss", loss);
        map.put("training", training);
        map.put("evaluation", evaluation.toMap());
        return map;
    }

    /**
     * Reads an experiment written by {@link #toMap}.
     *
     * @throws IllegalArgumentException naming the JSON path of a missing or bad entry
     */
    public static FsnnExperiment fromConfig(ConfigNode node) {
        node.requireOnly("name", "data", "network", "init", "loss", "training", "evaluation");
        for (String key : List.of("data", "network", "loss", "training", "evaluation")) {
            if (!node.has(key)) {
                throw new IllegalArgumentException(node.path() + "." + key + ": missing required field");
            }
        }
        return new FsnnExperiment(node.getString("name"), TrajectoryRecipe.fromConfig(node.child("data")),
                node.child("network").asMap(), FsnnInit.fromConfig(node.child("init")), node.child("loss").asMap(),
                node.child("training").asMap(), FsnnEvaluationSpec.fromConfig(node.child("evaluation")));
    }
}
