// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.layer.Layer;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.Test;

class LayerProvidersTest {
    private static final Registry<LayerProvider> REGISTRY = Registry.load(LayerProvider.class);

    private static Layer create(String name, Map<String, ?> config, int in, int ctx) {
        return REGISTRY.get(name).create(ConfigNode.of(config), in, ctx, BACKEND, Init.generator(1));
    }

    @Test
    void everyLayerIsFoundByName() {
        assertTrue(REGISTRY.names().containsAll(List.of("mlp", "blat", "affine-coupling", "coupling-flow",
                "negative-schur", "low-rank-bilinear")), REGISTRY.names().toString());
        assertTrue(REGISTRY.duplicates().isEmpty());
    }

    @Test
    void configsBuildLayersOfTheRequestedShape() {
        Var x = Var.constant(uniform(1, -1, 1, 2, 4));
        Var eps = Var.constant(uniform(2, 0, 0.1, 2, 1));
        Layer mlp = create("mlp", Map.of("outputs", 3, "hidden", List.of(5, 5), "activation", "silu"), 4, 1);
        assertEquals(List.of(2, 3), dims(mlp.forward(x, eps)));
        Layer blat = create("blat", Map.of("outputs", 2, "lipschitz", 4), 4, 0);
        assertEquals(List.of(2, 2), dims(blat.forward(x, null)));
        Layer coupling = create("affine-coupling", Map.of("split", 1, "lipschitz", 1.5), 4, 1);
        assertEquals(1, ((AffineCoupling) coupling).split());
        Layer flow = create("coupling-flow", Map.of("depth", 2, "hidden", List.of(3), "blat", true), 4, 1);
        assertEquals(2, ((CouplingFlow) flow).depth());
        assertEquals(List.of(2, 4), dims(flow.forward(x, eps)));
        Layer schur = create("negative-schur", Map.of("fastDim", 3, "margin", 0.5), 4, 1);
        assertEquals(List.of(2, 3, 3), dims(schur.forward(x, eps)));
        Layer bilinear = create("low-rank-bilinear", Map.of("fastDim", 3, "rank", 2), 4, 1);
        assertInstanceOf(LowRankBilinear.class, bilinear);
        assertEquals(List.of(2, 3), dims(bilinear.forward(x, eps)));
    }

    private static List<Integer> dims(Var v) {
        return Arrays.stream(v.value().shape().dims()).boxed().toList();
    }

    @Test
    void unknownKeysAndBadValuesFailNamingThePath() {
        var e = assertThrows(IllegalArgumentException.class, () -> create("mlp", Map.of("outputs", 2, "widths", List.of(3)), 2, 0));
        assertTrue(e.getMessage().contains("$.widths") && e.getMessage().contains("hidden"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> create("mlp", Map.of("outputs", 2, "activation", "gelu"), 2, 0));
        assertTrue(e.getMessage().contains("gelu") && e.getMessage().contains("softplus"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> create("blat", Map.of("lipschitz", 0.5), 2, 0));
        assertTrue(e.getMessage().contains("$.lipschitz"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> create("affine-coupling", Map.of("split", 4), 4, 0));
        assertTrue(e.getMessage().contains("$.split") && e.getMessage().contains("[1, 3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> create("negative-schur", Map.of(), 2, 0));
        assertTrue(e.getMessage().contains("$.fastDim"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> create("mlp", Map.of("outputs", 2, "blatLipschitz", 3), 2, 0));
        assertTrue(e.getMessage().contains("blat"), e.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameLayer() {
        Layer a = create("coupling-flow", Map.of("depth", 1), 3, 1);
        Layer b = create("coupling-flow", Map.of("depth", 1), 3, 1);
        a.state().forEach((k, v) -> assertArrayEquals(v.toArray(), b.state().get(k).toArray(), k));
    }
}
