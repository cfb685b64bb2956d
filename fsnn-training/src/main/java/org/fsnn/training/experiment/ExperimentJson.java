// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@link Experiment}s as JSON. Reading is strict: malformed JSON names the line
 * and column, an unknown field names its path and the known fields, and a value of the wrong type
 * names its path and the expected type. Absent fields take the builder's defaults.
 *
 * <pre>{@code
 * { "name": "valorani-asinh", "system": {"name": "davis-skodje"}, "epsGrid": [0.01, 0.05],
 *   "transform": "asinh-mad", "training": {"epochs": 200, "batchSize": 8192, "seed": 1} }
 * }</pre>
 */
public final class ExperimentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentJson() {
    }

    /** The shared Jackson mapper, configured to reject trailing tokens and to indent output. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads an experiment from a file.
     *
     * @throws IllegalArgumentException with a one-line message for a missing or unreadable file,
     *     malformed JSON or an invalid field
     */
    public static Experiment read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such config file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the config: " + e.getMessage());
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses an experiment from JSON text; see {@link #read}. */
    public static Experiment parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("invalid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("invalid JSON: the file is empty");
        }
        return fromJson(JsonObject.of("$", root));
    }

    private static Experiment fromJson(JsonObject o) {
        o.requireOnly("name", "system", "epsGrid", "data", "model", "transform", "loss", "optimizer", "training",
                "evaluation");
        Experiment d = Experiment.builder("experiment").build();
        return wrap(() -> new Experiment(o.string("name", d.name()), system(o.object("system"), d.system()),
                o.numbers("epsGrid", d.epsGrid()), data(o.object("data"), d.data()),
                model(o.object("model"), d.model()), o.string("transform", d.transform()), o.string("loss", d.loss()),
                optimizer(o.object("optimizer"), d.optimizer()), training(o.object("training"), d.training()),
                evaluation(o.object("evaluation"), d.evaluation())));
    }

    /** Record validation names fields without the "$." root; add it for a uniform message. */
    private static Experiment wrap(java.util.function.Supplier<Experiment> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m.startsWith("$") ? m : "$." + m, e);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("$." + e.getMessage() + ": missing", e);
        }
    }

    private static SystemSpec system(JsonObject o, SystemSpec d) {
        o.requireOnly("name", "params");
        return new SystemSpec(o.string("name", d.name()), o.numberMap("params", d.params()));
    }

    private static DataSpec data(JsonObject o, DataSpec d) {
        o.requireOnly("trajectories", "tEnd", "dt", "labels", "burstTau", "augmentation", "cloud");
        return new DataSpec(o.intValue("trajectories", d.trajectories()), o.number("tEnd", d.tEnd()),
                o.number("dt", d.dt()), o.string("labels", d.labels()), o.number("burstTau", d.burstTau()),
                o.string("augmentation", d.augmentation()), cloud(o.object("cloud"), d.cloud()));
    }

    private static CloudSpec cloud(JsonObject o, CloudSpec d) {
        o.requireOnly("size", "sigmaT", "sigmaN", "offFraction", "normalMode", "stride");
        return new CloudSpec(o.intValue("size", d.size()), o.number("sigmaT", d.sigmaT()),
                o.number("sigmaN", d.sigmaN()), o.number("offFraction", d.offFraction()),
                o.string("normalMode", d.normalMode()), o.intValue("stride", d.stride()));
    }

    private static ModelSpec model(JsonObject o, ModelSpec d) {
        o.requireOnly("hidden", "activation");
        return new ModelSpec(o.integers("hidden", d.hidden()), o.string("activation", d.activation()));
    }

    private static AdamSpec optimizer(JsonObject o, AdamSpec d) {
        o.requireOnly("learningRate", "clipNorm", "finalLearningRate");
        double lr = o.number("learningRate", d.learningRate());
        return new AdamSpec(lr, o.number("clipNorm", d.clipNorm()), o.number("finalLearningRate", lr));
    }

    private static TrainingSpec training(JsonObject o, TrainingSpec d) {
        o.requireOnly("epochs", "batchSize", "validationFraction", "checkpointInterval", "seed", "shards");
        return new TrainingSpec(o.intValue("epochs", d.epochs()), o.intValue("batchSize", d.batchSize()),
                o.number("validationFraction", d.validationFraction()),
                o.intValue("checkpointInterval", d.checkpointInterval()), o.integer("seed", d.seed()),
                o.intValue("shards", d.shards()));
    }

    private static EvaluationSpec evaluation(JsonObject o, EvaluationSpec d) {
        o.requireOnly("eps", "headlineEps", "trajectories", "dt", "tEnd", "seed");
        return new EvaluationSpec(o.numbers("eps", d.eps()), o.number("headlineEps", d.headlineEps()),
                o.intValue("trajectories", d.trajectories()), o.number("dt", d.dt()), o.number("tEnd", d.tEnd()),
                o.integer("seed", d.seed()));
    }

    /** The experiment as a JSON tree, every field written out. */
    public static ObjectNode toTree(Experiment e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", e.name());
        ObjectNode system = root.putObject("system");
        system.put("name", e.system().name());
        ObjectNode params = system.putObject("params");
        e.system().params().forEach(params::put);
        numbers(root.putArray("epsGrid"), e.epsGrid());
        DataSpec d = e.data();
        ObjectNode data = root.putObject("data");
        data.put("trajectories", d.trajectories()).put("tEnd", d.tEnd()).put("dt", d.dt()).put("labels", d.labels())
                .put("burstTau", d.burstTau()).put("augmentation", d.augmentation());
        CloudSpec c = d.cloud();
        data.putObject("cloud").put("size", c.size()).put("sigmaT", c.sigmaT()).put("sigmaN", c.sigmaN())
                .put("offFraction", c.offFraction()).put("normalMode", c.normalMode()).put("stride", c.stride());
        ObjectNode model = root.putObject("model");
        e.model().hidden().forEach(model.putArray("hidden")::add);
        model.put("activation", e.model().activation());
        root.put("transform", e.transform());
        root.put("loss", e.loss());
        root.putObject("optimizer").put("learningRate", e.optimizer().learningRate())
                .put("clipNorm", e.optimizer().clipNorm()).put("finalLearningRate", e.optimizer().finalLearningRate());
        TrainingSpec t = e.training();
        root.putObject("training").put("epochs", t.epochs()).put("batchSize", t.batchSize())
                .put("validationFraction", t.validationFraction()).put("checkpointInterval", t.checkpointInterval())
                .put("seed", t.seed()).put("shards", t.shards());
        EvaluationSpec v = e.evaluation();
        ObjectNode eval = root.putObject("evaluation");
        numbers(eval.putArray("eps"), v.eps());
        eval.put("headlineEps", v.headlineEps()).put("trajectories", v.trajectories()).put("dt", v.dt())
                .put("tEnd", v.tEnd()).put("seed", v.seed());
        return root;
    }

    /** The experiment as indented JSON text; {@link #parse} reads it back to an equal record. */
    public static String write(Experiment e) {
        try {
            return MAPPER.writeValueAsString(toTree(e)) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write an experiment as JSON", ex);
        }
    }

    private static void numbers(ArrayNode array, List<Double> values) {
        values.forEach(array::add);
    }
}
