// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.system.DynamicalSystem;

/**
 * The fast eigenvalue that a network fitted perfectly to given labels converges to, over a grid of
 * ε: the floor below which no amount of training brings the learned fast eigenvalue's error.
 *
 * @param labels the labels compared, one column each
 * @param rows one row per ε
 */
public record EigenvalueFloor(List<LabelSpec> labels, List<Row> rows) {

    /**
     * One ε of the table.
     *
     * @param epsilon the ε
     * @param exact the exact fast eigenvalue λ
     * @param floors the learned eigenvalue each label imposes, in the order of {@code labels}
     */
    public record Row(double epsilon, double exact, double[] floors) {

        /** The bias floor − λ of the label at {@code column}. */
        public double bias(int column) {
            return floors[column] - exact;
        }
    }

    /** Copies the lists. */
    public EigenvalueFloor {
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /**
     * The floors over a grid.
     *
     * @param labels the labels to compare
     * @param epsilons the ε grid
     * @param fastEigenvalue the exact (real) fast eigenvalue at each ε
     */
    public static EigenvalueFloor table(List<LabelSpec> labels, double[] epsilons, DoubleUnaryOperator fastEigenvalue) {
        List<Row> rows = new ArrayList<>();
        for (double eps : epsilons) {
            double lambda = fastEigenvalue.applyAsDouble(eps);
            double[] floors = labels.stream().mapToDouble(l -> l.floor(lambda)).toArray();
            rows.add(new Row(eps, lambda, floors));
        }
        return new EigenvalueFloor(labels, rows);
    }

    /**
     * The fastest (most negative real part) fast eigenvalue of a system family at a state, as a
     * function of ε, from the systems' own {@code fastEigenvalues}; its real part is used.
     *
     * @throws IllegalArgumentException where the system knows no fast eigenvalues at {@code state}
     */
    public static DoubleUnaryOperator fastestEigenvalue(SystemFamily systems, double[] state) {
        return eps -> {
            DynamicalSystem system = systems.at(eps);
            double[] re = system.fastEigenvalues(state).orElseThrow(() -> new IllegalArgumentException(
                    "no closed-form fast eigenvalues at this state for eps = " + eps)).re();
            return java.util.Arrays.stream(re).min().orElseThrow();
        };
    }

    /** The table in Markdown: ε, λ, then each label's floor and bias. */
    public String toMarkdown() {
        StringBuilder s = new StringBuilder("| eps | lambda |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (LabelSpec l : labels) {
            String name = l.mode().label() + (l.mode() == LabelMode.DIRECT ? "" : " tau=" + l.tau());
            s.append(' ').append(name).append(" | bias |");
            rule.append("---|---|");
        }
        s.append('\n').append(rule).append('\n');
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %g | %.6g |", r.epsilon(), r.exact()));
            for (int c = 0; c < labels.size(); c++) {
                s.append(String.format(Locale.ROOT, " %.6g | %.3e |", r.floors()[c], r.bias(c)));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
