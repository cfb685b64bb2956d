// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.AugmentationProvider;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.training.data.LabelSpec;
import org.fsnn.training.data.RhsLabeler;
import org.junit.jupiter.api.Test;

class FuzzyCloudTest {
    private static final int BASE = 400;

    private static SystemFamily family(String name, Map<String, Double> params) {
        return SystemFamily.of(Registry.load(SystemProvider.class).get(name), params);
    }

    /** Direct-labelled states from the system's sampler at eps. */
    private static RhsSamples base(SystemFamily family, double eps, int count) {
        DynamicalSystem system = family.at(eps);
        int d = system.dimension();
        double[] states = new double[count * d];
        system.sampleInitialStates(new SplittableRandom(1), count, states);
        double[] epsilon = new double[count];
        Arrays.fill(epsilon, eps);
        return RhsLabeler.label(LabelSpec.direct(), family, d, states, epsilon, 1, ProgressListener.NONE);
    }

    private static FuzzyCloud cloud(Map<String, Object> config) {
        Map<String, Object> withDirect = new java.util.LinkedHashMap<>(config);
        withDirect.putIfAbsent("labels", Map.of("mode", "direct"));
        return new FuzzyCloudProvider().create(ConfigNode.of(withDirect));
    }

    /** Per cloud sample: its tangent coordinate, and its offset's component normal to the tangent. */
    private record Offsets(double[] along, double[][] normal) {
    }

    private static Offsets offsets(RhsSamples base, RhsSamples cloud, int size) {
        int d = base.dimension();
        int n = cloud.count();
        double[] along = new double[n];
        double[][] normal = new double[n][d];
        for (int row = 0; row < n; row++) {
            int i = row / size;
            double[] t = new double[d];
            double speed = 0;
            for (int c = 0; c < d; c++) {
                speed = Math.hypot(speed, base.labels()[i * d + c]);
            }
            for (int c = 0; c < d; c++) {
                t[c] = base.labels()[i * d + c] / speed;
                along[row] += (cloud.states()[row * d + c] - base.states()[i * d + c]) * t[c];
            }
            for (int c = 0; c < d; c++) {
                normal[row][c] = cloud.states()[row * d + c] - base.states()[i * d + c] - along[row] * t[c];
            }
        }
        return new Offsets(along, normal);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double rms(double[] v) {
        return norm(v) / Math.sqrt(v.length);
    }

    private static void checkStatistics(String system, Map<String, Double> params, double eps) {
        SystemFamily family = family(system, params);
        RhsSamples base = base(family, eps, BASE);
        int size = 3;
        double sigmaT = 0.02;
        double sigmaN = 0.2;
        FuzzyCloud augmentation = cloud(Map.of("k", size, "sigma-t", sigmaT, "sigma-n", sigmaN, "r-off", 0.5,
                "keep-base", false));
        RhsSamples cloud = augmentation.augment(base, family, 9);
        int d = base.dimension();
        assertEquals(BASE * size, cloud.count());
        Offsets o = offsets(base, cloud, size);
        int off = 0;
        double[] normalNorms = new double[BASE * size];
        double[] perDirection = new double[BASE * size * (d - 1)];
        int at = 0;
        for (int row = 0; row < cloud.count(); row++) {
            double n = norm(o.normal()[row]);
            boolean isOff = n > 1e-12;
            int k = row % size;
            if (isOff) {
                off++;
                normalNorms[row] = n;
                // on-manifold samples come first in each cloud
                for (int later = k; later < size; later++) {
                    assertTrue(norm(o.normal()[row - k + later]) > 1e-12, "off sample followed by an on sample");
                }
                double[] normals = new double[(d - 1) * d];
                double[] t = new double[d];
                for (int c = 0; c < d; c++) {
                    t[c] = base.labels()[(row / size) * d + c];
                }
                double speed = norm(t);
                for (int c = 0; c < d; c++) {
                    t[c] /= speed;
                }
                NormalBasis.complement(t, normals);
                for (int j = 0; j < d - 1; j++) {
                    double dot = 0;
                    for (int c = 0; c < d; c++) {
                        dot += o.normal()[row][c] * normals[j * d + c];
                    }
                    perDirection[at++] = dot;
                }
            }
            assertEquals(base.epsilon()[row / size], cloud.epsilon()[row]);
        }
        // K_off = 1 + Bernoulli(0.5) per base sample: mean 1.5 BASE, standard deviation sqrt(BASE) / 2
        assertEquals(1.5 * BASE, off, 4 * Math.sqrt(BASE) / 2, "off-manifold count");
        // rms of N samples of a Gaussian: relative standard error about 1 / sqrt(2N)
        assertEquals(sigmaT, rms(o.along()), 4 * sigmaT / Math.sqrt(2 * o.along().length), "tangent spread");
        double[] offNorms = Arrays.stream(normalNorms).filter(v -> v > 0).toArray();
        assertEquals(sigmaN, rms(offNorms), 4 * sigmaN / Math.sqrt(2 * offNorms.length), "normal spread");
        double[] directions = Arrays.copyOf(perDirection, at);
        double each = sigmaN / Math.sqrt(d - 1);
        assertEquals(each, rms(directions), 4 * each / Math.sqrt(2 * directions.length), "spread per normal direction");
        for (int row = 0; row < cloud.count(); row++) {
            double[] f = new double[d];
            double[] z = Arrays.copyOfRange(cloud.states(), row * d, (row + 1) * d);
            family.at(eps).rhs(0, z, f);
            assertArrayEquals(f, Arrays.copyOfRange(cloud.labels(), row * d, (row + 1) * d), 0);
        }
    }

    @Test
    void cloudHasTheConfiguredFractionsSpreadsAndDirectionsIn2d() {
        checkStatistics("davis-skodje", Map.of(), 0.05);
    }

    @Test
    void cloudHasTheConfiguredFractionsSpreadsAndDirectionsIn8d() {
        checkStatistics("lorenz96-two-scale", Map.of("K", 2.0, "J", 3.0), 0.01);
    }

    @Test
    void relativeNormalSpreadScalesWithTheLocalSpeed() {
        SystemFamily family = family("davis-skodje", Map.of());
        RhsSamples base = base(family, 0.05, BASE);
        RhsSamples cloud = cloud(Map.of("k", 2, "sigma-n", 0.01, "normal-mode", "rel", "r-off", 1.0,
                "keep-base", false)).augment(base, family, 4);
        Offsets o = offsets(base, cloud, 2);
        double[] scaled = new double[cloud.count()];
        for (int row = 0; row < cloud.count(); row++) {
            int i = row / 2;
            double speed = Math.hypot(base.labels()[2 * i], base.labels()[2 * i + 1]);
            scaled[row] = norm(o.normal()[row]) / speed;
        }
        assertEquals(0.01, rms(scaled), 4 * 0.01 / Math.sqrt(2 * scaled.length));
    }

    @Test
    void seededCloudIsReproducibleAndKeepsTheBaseFirst() {
        SystemFamily family = family("davis-skodje", Map.of());
        RhsSamples base = base(family, 0.02, 20);
        FuzzyCloud augmentation = new FuzzyCloudProvider().create(ConfigNode.of(Map.of("k", 2, "threads", 3)));
        RhsSamples one = augmentation.augment(base, family, 77);
        RhsSamples two = new FuzzyCloudProvider().create(ConfigNode.of(Map.of("k", 2, "threads", 1)))
                .augment(base, family, 77);
        assertEquals(20 * 3, one.count());
        assertArrayEquals(one.states(), two.states());
        assertArrayEquals(one.labels(), two.labels());
        assertArrayEquals(base.states(), Arrays.copyOf(one.states(), base.states().length));
        assertFalse(Arrays.equals(one.states(), augmentation.augment(base, family, 78).states()));
        // default labels are the paper's bursts: sinh-biased in the fast component, close to f
        double[] f = new double[2];
        double[] z = Arrays.copyOfRange(one.states(), 40, 42);
        family.at(0.02).rhs(0, z, f);
        assertEquals(f[1], one.labels()[41], 0.05 * Math.abs(f[1]) + 1e-6);
    }

    @Test
    void pluginIsFoundByName() {
        AugmentationProvider provider = Registry.load(AugmentationProvider.class).get("fuzzy-cloud");
        assertTrue(provider.create(ConfigNode.empty()) instanceof FuzzyCloud);
    }

    @Test
    void badConfigsFailWithOneLineNamingTheJsonPath() {
        var cases = List.of(
                Map.<String, Object>of("r-off", 1.5), "$.r-off",
                Map.<String, Object>of("sigma_t", 0.1), "$.sigma_t",
                Map.<String, Object>of("k", 0), "$.k",
                Map.<String, Object>of("normal-mode", "sideways"), "$.normal-mode",
                Map.<String, Object>of("sigma-n", "wide"), "$.sigma-n",
                Map.<String, Object>of("labels", Map.of("mode", "guess")), "$.labels.mode",
                Map.<String, Object>of("labels", Map.of("tau", -1)), "$.labels.tau",
                Map.<String, Object>of("labels", Map.of("solver", Map.of("rtol", "tight"))), "$.labels.solver.rtol");
        for (int c = 0; c < cases.size(); c += 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) cases.get(c);
            String path = (String) cases.get(c + 1);
            var e = assertThrows(IllegalArgumentException.class,
                    () -> new FuzzyCloudProvider().create(ConfigNode.of(config)));
            assertTrue(e.getMessage().startsWith(path + ":"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
