// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;

/**
 * How an FSNN starts. The paper gives no initialization; these choices trained reliably across
 * seeds in this project's runs:
 *
 * <ul>
 *   <li>every bLAT of the coupling flow starts with random orthogonal U and V and spread singular
 *       values (the {@link org.fsnn.layers.Blat} default); an identity start leaves the flow at a
 *       flat spot where training stalls;
 *   <li>T(x) starts with eigenvalues of order −1 to −e² (the {@link org.fsnn.layers.NegativeSchur}
 *       default), well inside the stable half plane;
 *   <li>the last layers of the bilinear form B, of C and of g, and the scale and shift networks
 *       of the coupling layers, start with their Glorot weights multiplied by
 *       {@code outputScale} (default 0.1): the initial normal form is then close to the linear
 *       dy/dt = T(x) y, dx/dt = 0 and the flow close to its bLATs, so the first rollouts neither
 *       blow up nor saturate.
 * </ul>
 *
 * @param outputScale the factor on the last-layer weights, in (0, 1]
 * @param seed the seed of the parameters
 */
public record FsnnInit(double outputScale, long seed) {
    /** The networks whose last layer is scaled, by parameter-name prefix. */
    private static final List<String> SCALED = List.of("bilinear.", "linear.", "slow.", "flow.coupling");

    /** Validates the scale. */
    public FsnnInit {
        if (!(outputScale > 0 && outputScale <= 1)) {
            throw new IllegalArgumentException("fsnn init: outputScale must lie in (0, 1], got " + outputScale);
        }
    }

    /** The default: output scale 0.1. */
    public static FsnnInit defaults(long seed) {
        return new FsnnInit(0.1, seed);
    }

    /** A network built from {@code config} and initialized as described above. */
    public FastSlowNetwork create(Map<String, Object> config, Backend backend) {
        FastSlowNetwork net = new FastSlowNetwork(ConfigNode.of("$.network", config), backend, Init.generator(seed));
        if (outputScale != 1) {
            for (Parameter p : lastLayerWeights(net)) {
                p.set(p.value().backend().map(UnaryOp.AFFINE, p.value(), outputScale, 0));
            }
        }
        return net;
    }

    /**
     * The weight of the last dense layer of every scaled network: for each network prefix (a name
     * up to its {@code denseK.}), the {@code weight} with the largest K.
     */
    static List<Parameter> lastLayerWeights(FastSlowNetwork net) {
        Map<String, Parameter> last = new TreeMap<>();
        Map<String, Integer> depth = new LinkedHashMap<>();
        for (var e : net.parameters().entrySet()) {
            String name = e.getKey();
            if (SCALED.stream().noneMatch(name::startsWith) || !name.endsWith(".weight")) {
                continue;
            }
            int at = name.lastIndexOf(".dense");
            if (at < 0) {
                continue;
            }
            String prefix = name.substring(0, at);
            String index = name.substring(at + ".dense".length(), name.length() - ".weight".length());
            if (!index.chars().allMatch(Character::isDigit) || index.isEmpty()) {
                continue;
            }
            int k = Integer.parseInt(index);
            if (k >= depth.getOrDefault(prefix, -1)) {
                depth.put(prefix, k);
                last.put(prefix, e.getValue());
            }
        }
        return List.copyOf(last.values());
    }

    /** The JSON-ready form. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outputScale", outputScale);
        map.put("seed", seed);
        return map;
    }

    /** Reads {@code {"outputScale", "seed"}}, defaults 0.1 and 0. */
    public static FsnnInit fromConfig(ConfigNode node) {
        node.requireOnly("outputScale", "seed");
        return new FsnnInit(node.getDouble("outputScale", 0.1), (long) node.getDouble("seed", 0));
    }
}
