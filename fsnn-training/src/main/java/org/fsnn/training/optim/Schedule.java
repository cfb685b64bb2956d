// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import org.fsnn.api.spi.ConfigNode;

/**
 * A learning rate by update count k = 0, 1, … (Optax's schedules).
 */
@FunctionalInterface
public interface Schedule {

    /** The learning rate at update k. */
    double at(long k);

    /** η everywhere. */
    static Schedule constant(double value) {
        checkPositive("constant", "value", value);
        return k -> value;
    }

    /** η₀ · r^(k / K): smooth exponential decay by the factor r every K updates. */
    static Schedule exponentialDecay(double initial, double rate, long transitionSteps) {
        checkPositive("exponential", "initial", initial);
        checkPositive("exponential", "rate", rate);
        if (transitionSteps < 1) {
            throw new IllegalArgumentException("exponential schedule: transitionSteps must be >= 1, got " + transitionSteps);
        }
        return k -> initial * Math.pow(rate, (double) k / transitionSteps);
    }

    /**
     * η₀ · ((1 − α) · ½(1 + cos(π min(k, K) / K)) + α): cosine decay from η₀ to α η₀ over K
     * updates, constant after (Loshchilov and Hutter, ICLR 2017).
     */
    static Schedule cosineDecay(double initial, long decaySteps, double alpha) {
        checkPositive("cosine", "initial", initial);
        if (decaySteps < 1 || !(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("cosine schedule: need decaySteps >= 1 and 0 <= alpha <= 1, got decaySteps="
                    + decaySteps + ", alpha=" + alpha);
        }
        return k -> {
            double c = 0.5 * (1 + Math.cos(Math.PI * Math.min(k, decaySteps) / decaySteps));
            return initial * ((1 - alpha) * c + alpha);
        };
    }

    /**
     * A linear ramp from 0 (exclusive: the first update uses peak/W) to {@code after.at(0)} over W
     * updates, then {@code after} shifted by W.
     */
    static Schedule warmup(long warmupSteps, Schedule after) {
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("warmup: warmupSteps must be >= 1, got " + warmupSteps);
        }
        return k -> k < warmupSteps ? after.at(0) * (k + 1) / warmupSteps : after.at(k - warmupSteps);
    }

    /**
     * A schedule from config: a number (constant), or an object with {@code type} one of
     * {@code constant} ({@code value}), {@code exponential} ({@code initial}, {@code rate},
     * {@code transitionSteps}), {@code cosine} ({@code initial}, {@code decaySteps},
     * {@code alpha} = 0), and optionally {@code warmupSteps} in front of any of them.
     *
     * @param node the object holding the schedule
     * @param key its key, e.g. {@code learningRate}
     */
    static Schedule parse(ConfigNode node, String key) {
        if (node.asMap().get(key) instanceof Number) {
            return constant(node.getDouble(key));
        }
        ConfigNode s = node.child(key);
        String type = s.getString("type", "constant");
        Schedule base = switch (type) {
            case "constant" -> {
                s.requireOnly("type", "value", "warmupSteps");
                yield constant(s.getDouble("value"));
            }
            case "exponential" -> {
                s.requireOnly("type", "initial", "rate", "transitionSteps", "warmupSteps");
                yield exponentialDecay(s.getDouble("initial"), s.getDouble("rate"), s.getInt("transitionSteps"));
            }
            case "cosine" -> {
                s.requireOnly("type", "initial", "decaySteps", "alpha", "warmupSteps");
                yield cosineDecay(s.getDouble("initial"), s.getInt("decaySteps"), s.getDouble("alpha", 0));
            }
            default -> throw new IllegalArgumentException(s.path() + ".type: unknown schedule '" + type
                    + "'; expected one of [constant, exponential, cosine]");
        };
        return s.has("warmupSteps") ? warmup(s.getInt("warmupSteps"), base) : base;
    }

    private static void checkPositive(String schedule, String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(schedule + " schedule: " + what + " must be positive and finite, got " + v);
        }
    }
}
