// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.loss;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;

/**
 * The named terms of a loss, in a stable order, each a one-element {@link Var} that already
 * includes its weight.
 *
 * @param terms the terms by name; never empty
 */
public record LossTerms(Map<String, Var> terms) {

    /** Copies the map, keeping its order, and checks every term is a scalar. */
    public LossTerms {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("LossTerms: a loss needs at least one term");
        }
        terms.forEach((name, v) -> {
            if (v.value().size() != 1) {
                throw new IllegalArgumentException("LossTerms: term '" + name + "' must be a scalar, got shape "
                        + v.value().shape());
            }
        });
        terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** A loss with a single term. */
    public static LossTerms of(String name, Var value) {
        return new LossTerms(Map.of(name, value));
    }

    /** The sum of the terms. */
    public Var total() {
        Var sum = null;
        for (Var v : terms.values()) {
            sum = sum == null ? v : Ops.add(sum, v);
        }
        return Ops.reshape(sum, 1);
    }

    /** Each term's value as a plain number, in order. */
    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        terms.forEach((name, v) -> out.put(name, v.value().item()));
        return out;
    }
}
