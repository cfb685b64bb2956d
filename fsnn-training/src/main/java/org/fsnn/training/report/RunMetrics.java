// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.metrics.EpsMetrics;

/**
 * The numbers of one run, as {@code metrics.json} holds them: the headline errors (at the
 * headline ε, or the mean over ε when that was not evaluated), the best validation loss, the
 * training time and the per-ε table. Non-finite values (a rollout that diverged) are written as
 * the strings {@code "NaN"} and {@code "Infinity"}.
 *
 * @param bestValLoss the smallest validation loss seen in training
 * @param trainSeconds the wall time of training
 * @param evalSeconds the wall time of evaluation
 * @param headlineEps the ε of the headline numbers
 * @param perEps the evaluation at every ε
 */
public record RunMetrics(double bestValLoss, double trainSeconds, double evalSeconds, double headlineEps,
        List<EpsMetrics> perEps) {

    /** Copies the table. */
    public RunMetrics {
        perEps = List.copyOf(perEps);
    }

    /** The headline row: the one at {@link #headlineEps}, or the mean over every ε evaluated. */
    public EpsMetrics headline() {
        for (EpsMetrics m : perEps) {
            if (Math.abs(m.eps() - headlineEps) <= 1e-12 * headlineEps) {
                return m;
            }
        }
        double r = 0;
        double f = 0;
        double s = 0;
        for (EpsMetrics m : perEps) {
            r += m.rolloutL2();
            f += m.eigFastMae();
            s += m.eigSlowMae();
        }
        int n = perEps.size();
        return new EpsMetrics(Double.NaN, r / n, f / n, s / n);
    }

    /** The metrics as a JSON tree. */
    public ObjectNode toJson() {
        EpsMetrics h = headline();
        ObjectNode root = ExperimentJson.mapper().createObjectNode();
        put(root, "rollout_l2", h.rolloutL2());
        put(root, "eig_fast_mae", h.eigFastMae());
        put(root, "eig_slow_mae", h.eigSlowMae());
        put(root, "best_val_loss", bestValLoss);
        put(root, "train_seconds", trainSeconds);
        put(root, "eval_seconds", evalSeconds);
        put(root, "headline_eps", Double.isNaN(h.eps()) ? headlineEps : h.eps());
        root.put("headline", Double.isNaN(h.eps()) ? "mean over eps" : "at headline_eps");
        ArrayNode table = root.putArray("per_eps");
        for (EpsMetrics m : perEps) {
            ObjectNode row = table.addObject();
            put(row, "eps", m.eps());
            put(row, "rollout_l2", m.rolloutL2());
            put(row, "eig_fast_mae", m.eigFastMae());
            put(row, "eig_slow_mae", m.eigSlowMae());
        }
        return root;
    }

    /** Reads metrics written by {@link #toJson}. */
    public static RunMetrics fromJson(JsonNode root) {
        List<EpsMetrics> rows = new ArrayList<>();
        for (JsonNode row : root.path("per_eps")) {
            rows.add(new EpsMetrics(number(row, "eps"), number(row, "rollout_l2"), number(row, "eig_fast_mae"),
                    number(row, "eig_slow_mae")));
        }
        return new RunMetrics(number(root, "best_val_loss"), number(root, "train_seconds"),
                number(root, "eval_seconds"), number(root, "headline_eps"), rows);
    }

    private static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("metrics: missing field '" + field + "'");
        }
        return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
    }
}
