// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.augment;

import org.fsnn.api.augment.AugmentationProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.training.data.LabelSpec;

/**
 * Provides {@code fuzzy-cloud} ({@link FuzzyCloud}). Settings, with defaults from footnote 2 of the
 * stiff operator-learning paper:
 *
 * <pre>
 *   {"k": 4, "sigma-t": 0.02, "sigma-n": 0.2, "normal-mode": "abs" | "rel", "r-off": 0.5,
 *    "keep-base": true, "labels": {"mode": "burst", "tau": 0.01, "kappa": 0.1,
 *    "solver": {"name": "dopri5", "rtol": 1e-9, "atol": 1e-12}}, "threads": &lt;processors&gt;}
 * </pre>
 *
 * <p>The paper does not state its cloud size K; 4 is this plugin's choice.
 */
public final class FuzzyCloudProvider implements AugmentationProvider {

    /** The plugin's name. */
    public static final String NAME = "fuzzy-cloud";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public FuzzyCloudProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "tangent and normal clouds around each sample, labelled by bursts (Valorani Alg. 3)";
    }

    @Override
    public FuzzyCloud create(ConfigNode config) {
        config.requireOnly("k", "sigma-t", "sigma-n", "normal-mode", "r-off", "keep-base", "labels", "threads");
        int k = config.getInt("k", 4);
        require(k >= 1, config, "k", "an integer >= 1", k);
        double sigmaT = config.getDouble("sigma-t", 0.02);
        require(sigmaT >= 0, config, "sigma-t", "a number >= 0", sigmaT);
        double sigmaN = config.getDouble("sigma-n", 0.2);
        require(sigmaN >= 0, config, "sigma-n", "a number >= 0", sigmaN);
        String mode = config.getString("normal-mode", "abs");
        require(mode.equals("abs") || mode.equals("rel"), config, "normal-mode", "one of [abs, rel]", mode);
        double rOff = config.getDouble("r-off", 0.5);
        require(rOff >= 0 && rOff <= 1, config, "r-off", "a number in [0, 1]", rOff);
        int threads = config.getInt("threads", Runtime.getRuntime().availableProcessors());
        require(threads >= 1, config, "threads", "an integer >= 1", threads);
        return new FuzzyCloud(k, sigmaT, sigmaN, mode.equals("rel"), rOff, config.getBoolean("keep-base", true),
                LabelSpec.fromConfig(config.child("labels")), threads);
    }

    private static void require(boolean ok, ConfigNode config, String key, String expected, Object got) {
        if (!ok) {
            throw new IllegalArgumentException(config.path() + "." + key + ": expected " + expected + ", got " + got);
        }
    }
}
