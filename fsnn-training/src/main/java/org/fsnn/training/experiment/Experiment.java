// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One experiment, complete and immutable: what system to learn at which ε, how the data are made,
 * the model, target transform, loss and optimizer, the training budget and how the result is
 * evaluated. Build it in code with {@link #builder(String)} or read it from JSON with
 * {@link ExperimentJson#read}; both check every field on construction.
 *
 * @param name a short name, used for run directories and tables
 * @param system the dynamical system
 * @param epsGrid the ε values trained on (paper eq. 30)
 * @param data trajectories, labels and augmentation
 * @param model the right-hand-side network
 * @param transform a target-transform plugin name: {@code identity} or {@code asinh-mad}
 * @param loss a loss plugin name, e.g. {@code rhs-mse}
 * @param optimizer the optimizer
 * @param training the training budget and seed
 * @param evaluation the evaluation settings
 */
public record Experiment(String name, SystemSpec system, List<Double> epsGrid, DataSpec data, ModelSpec model,
        String transform, String loss, AdamSpec optimizer, TrainingSpec training, EvaluationSpec evaluation) {

    /** The training grid of the paper, eq. 30. */
    public static final List<Double> PAPER_EPS_GRID = List.of(0.010, 0.020, 0.030, 0.040, 0.050, 0.075, 0.100, 0.200,
            0.300);

    /** The unseen ε values of the paper, eq. 33. */
    public static final List<Double> PAPER_UNSEEN_EPS = List.of(0.015, 0.025, 0.035, 0.045, 0.060, 0.090, 0.150,
            0.250);

    /** Validates every field. */
    public Experiment {
        Checks.require(name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._+-]*"), "name",
                "must be letters, digits, '.', '_', '+' or '-', got '" + name + "'");
        Objects.requireNonNull(system, "system");
        epsGrid = Checks.positives(epsGrid, "epsGrid", false);
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Checks.require(transform != null && !transform.isBlank(), "transform", "must not be empty");
        Checks.require(loss != null && !loss.isBlank(), "loss", "must not be empty");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** A builder with the paper's defaults for everything but the name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder starting from this experiment. */
    public Builder toBuilder() {
        return new Builder(name).system(system).epsGrid(epsGrid).data(data).model(model).transform(transform)
                .loss(loss).optimizer(optimizer).training(training).evaluation(evaluation);
    }

    /** The ε values evaluated: {@code evaluation.eps}, or the training grid when that is empty. */
    public List<Double> evaluationEps() {
        return evaluation.eps().isEmpty() ? epsGrid : evaluation.eps();
    }

    /** The same experiment with another seed, named {@code <name>-s<seed>}. */
    public Experiment withSeed(long seed) {
        return toBuilder().name(name + "-s" + seed).training(training.withSeed(seed)).build();
    }

    /**
     * Builds an {@link Experiment}; every part starts at the paper's setting (Davis–Skodje on the
     * eq. 30 grid, 4×128 SiLU, identity transform, {@code rhs-mse}, Adam 1e-3, batch 8192).
     */
    public static final class Builder {
        private String name;
        private SystemSpec system = SystemSpec.DAVIS_SKODJE;
        private List<Double> epsGrid = PAPER_EPS_GRID;
        private DataSpec data = DataSpec.DEFAULT;
        private ModelSpec model = ModelSpec.PAPER;
        private String transform = "identity";
        private String loss = "rhs-mse";
        private AdamSpec optimizer = AdamSpec.PAPER;
        private TrainingSpec training = TrainingSpec.DEFAULT;
        private EvaluationSpec evaluation = EvaluationSpec.PAPER;

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets the system. */
        public Builder system(SystemSpec value) {
            this.system = value;
            return this;
        }

        /** Sets the training ε grid. */
        public Builder epsGrid(List<Double> value) {
            this.epsGrid = value;
            return this;
        }

        /** Sets the data settings. */
        public Builder data(DataSpec value) {
            this.data = value;
            return this;
        }

        /** Sets the model. */
        public Builder model(ModelSpec value) {
            this.model = value;
            return this;
        }

        /** Sets the target transform's plugin name. */
        public Builder transform(String value) {
            this.transform = value;
            return this;
        }

        /** Sets the loss's plugin name. */
        public Builder loss(String value) {
            this.loss = value;
            return this;
        }

        /** Sets the optimizer. */
        public Builder optimizer(AdamSpec value) {
            this.optimizer = value;
            return this;
        }

        /** Sets the training budget. */
        public Builder training(TrainingSpec value) {
            this.training = value;
            return this;
        }

        /** Sets the evaluation. */
        public Builder evaluation(EvaluationSpec value) {
            this.evaluation = value;
            return this;
        }

        /** The experiment; fails on the first invalid field. */
        public Experiment build() {
            return new Experiment(name, system, epsGrid, data, model, transform, loss, optimizer, training,
                    evaluation);
        }
    }
}
