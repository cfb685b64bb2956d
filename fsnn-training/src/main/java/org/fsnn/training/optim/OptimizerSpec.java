// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.spi.ConfigNode;

/**
 * An optimizer as read from a config: {@code name} ({@code adam} or {@code sgd}, default adam),
 * {@code learningRate} (a number or a {@link Schedule#parse schedule object}, default 1e-3),
 * {@code clipNorm} (global-norm clipping before the update, absent or 0 for none), and for Adam
 * {@code b1} (0.9), {@code b2} (0.999), {@code eps} (1e-8).
 *
 * @param name adam or sgd
 * @param learningRate the schedule
 * @param clipNorm the clipping bound, 0 for none
 * @param b1 Adam's β₁
 * @param b2 Adam's β₂
 * @param eps Adam's ε
 */
public record OptimizerSpec(String name, Schedule learningRate, double clipNorm, double b1, double b2, double eps) {

    /** Checks the name and the clipping bound. */
    public OptimizerSpec {
        if (!name.equals("adam") && !name.equals("sgd")) {
            throw new IllegalArgumentException("optimizer: unknown name '" + name + "'; expected one of [adam, sgd]");
        }
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("optimizer: clipNorm must be >= 0 (0 for none), got " + clipNorm);
        }
    }

    /** Adam's default β₁. */
    public static final double B1 = 0.9;
    /** Adam's default β₂. */
    public static final double B2 = 0.999;
    /** Adam's default ε. */
    public static final double EPS = 1e-8;

    /** Adam with a constant learning rate and no clipping. */
    public static OptimizerSpec adam(double lr) {
        return adam(Schedule.constant(lr), 0);
    }

    /** Adam with its default β₁, β₂ and ε, the given schedule and clipping bound (0 for none). */
    public static OptimizerSpec adam(Schedule lr, double clipNorm) {
        return new OptimizerSpec("adam", lr, clipNorm, B1, B2, EPS);
    }

    /** Reads the keys listed on the record. */
    public static OptimizerSpec parse(ConfigNode node) {
        node.requireOnly("name", "learningRate", "clipNorm", "b1", "b2", "eps");
        Schedule lr = node.has("learningRate") ? Schedule.parse(node, "learningRate") : Schedule.constant(1e-3);
        return new OptimizerSpec(node.getString("name", "adam"), lr, node.getDouble("clipNorm", 0),
                node.getDouble("b1", B1), node.getDouble("b2", B2), node.getDouble("eps", EPS));
    }

    /** The transform chain: optional clipping, then Adam or nothing, then the learning rate. */
    public Chain build() {
        List<GradientTransform<?>> parts = new ArrayList<>();
        if (clipNorm > 0) {
            parts.add(Optim.clipByGlobalNorm(clipNorm));
        }
        if (name.equals("adam")) {
            parts.add(Optim.scaleByAdam(b1, b2, eps));
        }
        parts.add(Optim.scaleByLearningRate(learningRate));
        return new Chain(parts);
    }
}
