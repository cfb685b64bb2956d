// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import java.util.Map;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;

/**
 * The FSNN loss plugins, all made by {@link FsnnLoss}: {@code fsnn} (eq. 4.1; config
 * {@code system}, {@code fast}, {@code slow}, {@code manifold}, the weights, default 1 each) and
 * one plugin per term, {@code fsnn-system}, {@code fsnn-fast}, {@code fsnn-slow},
 * {@code fsnn-manifold} (config {@code weight}, default 1). Every one also takes
 * {@code integrator} and {@code closureIntegrator}, the rollout schemes' plugin names, and
 * {@code substeps} and {@code slowSubsteps}, the equal sub-steps each takes per data interval
 * (default: the plugins' own default, one), so that the learned T(x) need not absorb the
 * discretization error of one large step; and {@code timeAverage} (default false) and
 * {@code slowOverEpsilon} (default true), the {@link FsnnLoss.Normalization}.
 *
 * <p>{@code fsnn} rolls each batch out once for its three trajectory terms; summing the single-term
 * plugins in a {@link CompositeLoss} gives the same value but rolls out once per term.
 */
public class FsnnLossProvider implements LossProvider {
    private final String term;

    /** {@code fsnn}, for {@link java.util.ServiceLoader}. */
    public FsnnLossProvider() {
        this(null);
    }

    private FsnnLossProvider(String term) {
        this.term = term;
    }

    @Override
    public String name() {
        return term == null ? "fsnn" : "fsnn-" + term;
    }

    @Override
    public String description() {
        return term == null ? "the FSNN loss: system + fast + slow (1/eps per trajectory) + manifold, weighted"
                : "the " + term + " term of the FSNN loss";
    }

    @Override
    public FsnnLoss create(ConfigNode config) {
        FsnnLoss.Weights weights;
        if (term == null) {
            config.requireOnly(FsnnLoss.SYSTEM, FsnnLoss.FAST, FsnnLoss.SLOW, FsnnLoss.MANIFOLD, "integrator", "closureIntegrator",
                    "substeps", "slowSubsteps", "timeAverage", "slowOverEpsilon");
            weights = new FsnnLoss.Weights(config.getDouble(FsnnLoss.SYSTEM, 1), config.getDouble(FsnnLoss.FAST, 1),
                    config.getDouble(FsnnLoss.SLOW, 1), config.getDouble(FsnnLoss.MANIFOLD, 1));
        } else {
            config.requireOnly("weight", "integrator", "closureIntegrator",
                    "substeps", "slowSubsteps", "timeAverage", "slowOverEpsilon");
            double w = config.getDouble("weight", 1);
            weights = new FsnnLoss.Weights(term.equals(FsnnLoss.SYSTEM) ? w : 0, term.equals(FsnnLoss.FAST) ? w : 0,
                    term.equals(FsnnLoss.SLOW) ? w : 0, term.equals(FsnnLoss.MANIFOLD) ? w : 0);
        }
        return new FsnnLoss(weights,
                integrator(config, "integrator", FastSlowNetwork.FULL_INTEGRATOR, "substeps"),
                integrator(config, "closureIntegrator", FastSlowNetwork.CLOSURE_INTEGRATOR, "slowSubsteps"),
                new FsnnLoss.Normalization(config.getBoolean("timeAverage", false),
                        config.getBoolean("slowOverEpsilon", true)));
    }

    private static FastSlowIntegrator integrator(ConfigNode config, String nameKey, String fallback, String substepsKey) {
        ConfigNode settings = config.has(substepsKey)
                ? ConfigNode.of(config.path() + "." + substepsKey, Map.of("substeps", config.getInt(substepsKey)))
                : ConfigNode.empty();
        return FastSlowNetwork.integrator(config.getString(nameKey, fallback), settings);
    }

    /** {@code fsnn-system}. */
    public static final class SystemTerm extends FsnnLossProvider {
        /** For {@link java.util.ServiceLoader}. */
        public SystemTerm() {
            super(FsnnLoss.SYSTEM);
        }
    }

    /** {@code fsnn-fast}. */
    public static final class FastTerm extends FsnnLossProvider {
        /** For {@link java.util.ServiceLoader}. */
        public FastTerm() {
            super(FsnnLoss.FAST);
        }
    }

    /** {@code fsnn-slow}. */
    public static final class SlowTerm extends FsnnLossProvider {
        /** For {@link java.util.ServiceLoader}. */
        public SlowTerm() {
            super(FsnnLoss.SLOW);
        }
    }

    /** {@code fsnn-manifold}. */
    public static final class ManifoldTerm extends FsnnLossProvider {
        /** For {@link java.util.ServiceLoader}. */
        public ManifoldTerm() {
            super(FsnnLoss.MANIFOLD);
        }
    }
}
