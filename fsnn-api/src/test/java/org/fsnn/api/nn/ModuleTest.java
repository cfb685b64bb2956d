// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private static final Backend BACKEND = Backends.reference();

    /** A scale network of two dense layers. */
    static final class Scale extends Module {
        final Linear dense0;
        final Linear dense1;

        Scale(RandomGenerator.SplittableGenerator rng) {
            dense0 = child("dense0", new Linear(BACKEND, 2, 4, rng));
            dense1 = child("dense1", new Linear(BACKEND, 4, 2, false, rng));
        }
    }

    /** A coupling with its own parameter and a scale network. */
    static final class Coupling extends Module {
        final Parameter shift;
        final Scale scale;

        Coupling(RandomGenerator.SplittableGenerator rng) {
            shift = parameter("shift", Init.normal(BACKEND, Shape.of(2), 1, rng.split()));
            scale = child("scale", new Scale(rng));
        }
    }

    /** A flow of two couplings. */
    static final class Flow extends Module {
        Flow(long seed) {
            RandomGenerator.SplittableGenerator rng = Init.generator(seed);
            child("coupling0", new Coupling(rng));
            child("coupling1", new Coupling(rng));
        }
    }

    /** The model whose names checkpoints see. */
    static final class Model extends Module {
        Model(long seed) {
            child("flow", new Flow(seed));
        }
    }

    @Test
    void namesAreHierarchicalDottedPathsInRegistrationOrder() {
        List<String> names = List.copyOf(new Model(1).parameters().keySet());
        assertEquals(List.of(
                "flow.coupling0.shift", "flow.coupling0.scale.dense0.weight", "flow.coupling0.scale.dense0.bias",
                "flow.coupling0.scale.dense1.weight",
                "flow.coupling1.shift", "flow.coupling1.scale.dense0.weight", "flow.coupling1.scale.dense0.bias",
                "flow.coupling1.scale.dense1.weight"), names);
        assertEquals(List.copyOf(new Model(2).parameters().keySet()), names);
        assertEquals(2 * (2 + 8 + 4 + 8), new Model(1).parameterCount());
    }

    @Test
    void theSameSeedGivesTheSameParametersAndAnotherSeedOthers() {
        Map<String, Tensor> a = new Model(7).state();
        Map<String, Tensor> b = new Model(7).state();
        Map<String, Tensor> c = new Model(8).state();
        a.forEach((name, t) -> assertArrayEquals(t.toArray(), b.get(name).toArray(), name));
        assertNotEquals(List.of(a.get("flow.coupling0.shift").toArray()[0]), List.of(c.get("flow.coupling0.shift").toArray()[0]));
        // each parameter draws from its own split: the two couplings differ
        assertNotEquals(a.get("flow.coupling0.scale.dense0.weight").toArray()[0],
                a.get("flow.coupling1.scale.dense0.weight").toArray()[0]);
    }

    @Test
    void loadRestoresAnotherModelsState() {
        Model source = new Model(3);
        Model target = new Model(4);
        target.load(source.state());
        source.state().forEach((name, t) -> assertArrayEquals(t.toArray(), target.state().get(name).toArray(), name));
    }

    @Test
    void loadCopiesValuesFromAnotherBackendOntoTheParametersBackend() {
        Backend other = Backends.reference();
        Linear target = new Linear(BACKEND, 2, 1, Init.generator(1));
        target.load(Map.of("weight", other.fromArray(new double[] {3, 4}, 1, 2), "bias", other.fill(Shape.of(1), 5)));
        assertSame(BACKEND, target.weight().value().backend());
        assertArrayEquals(new double[] {3, 4}, target.weight().value().toArray());
        assertArrayEquals(new double[] {5}, target.bias().orElseThrow().value().toArray());
    }

    @Test
    void loadNamesMissingUnexpectedAndMisShapedKeysAndChangesNothing() {
        Model model = new Model(5);
        LinkedHashMap<String, Tensor> before = model.state();
        LinkedHashMap<String, Tensor> bad = new Model(6).state();
        bad.remove("flow.coupling1.shift");
        bad.put("flow.coupling2.shift", BACKEND.fill(Shape.of(2), 0));
        bad.put("flow.coupling0.shift", BACKEND.fill(Shape.of(3), 0));
        var e = assertThrows(IllegalArgumentException.class, () -> model.load(bad));
        String m = e.getMessage();
        assertTrue(m.contains("missing keys [flow.coupling1.shift]"), m);
        assertTrue(m.contains("unexpected keys [flow.coupling2.shift]"), m);
        assertTrue(m.contains("'flow.coupling0.shift' has shape [3] but the parameter has shape [2]"), m);
        model.state().forEach((name, t) -> assertSame(before.get(name), t, name));
    }

    @Test
    void registrationRejectsInvalidAndDuplicateNames() {
        class Bad extends Module {
            Bad(String first, String second) {
                parameter(first, BACKEND.fill(Shape.of(1), 0));
                child(second, new Linear(BACKEND, 1, 1, Init.generator(0)));
            }
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bad("a.b", "c")).getMessage().contains("'a.b'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bad("w", "w")).getMessage().contains("already"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Bad("0w", "c")).getMessage().contains("'0w'"));
    }

    @Test
    void backwardAccumulatesIntoParametersUntilZeroGrad() {
        Linear dense = new Linear(BACKEND, 2, 3, Init.generator(1));
        Var x = Var.constant(BACKEND.fromArray(new double[] {1, 2, -1, 0.5}, 2, 2));
        double[] once;
        try (Tape tape = Tape.open()) {
            tape.backward(Ops.sum(Ops.square(dense.apply(x))));
            once = dense.weight().grad().toArray();
            tape.backward(Ops.sum(Ops.square(dense.apply(x))));
        }
        double[] twice = dense.weight().grad().toArray();
        for (int i = 0; i < once.length; i++) {
            assertEquals(2 * once[i], twice[i], 1e-15);
        }
        assertTrue(Arrays.stream(once).anyMatch(v -> v != 0));
        dense.zeroGrad();
        assertArrayEquals(new double[6], dense.weight().grad().toArray());
        assertArrayEquals(new double[3], dense.bias().orElseThrow().grad().toArray());
    }

    @Test
    void settingAParameterReplacesItsVarAndKeepsItsShape() {
        Parameter p = new Parameter("w", BACKEND.fill(Shape.of(2), 1));
        Var before = p.var();
        assertSame(before, p.var());
        p.set(BACKEND.fill(Shape.of(2), 3));
        assertNotEquals(before, p.var());
        assertArrayEquals(new double[] {3, 3}, p.var().value().toArray());
        var e = assertThrows(IllegalArgumentException.class, () -> p.set(BACKEND.fill(Shape.of(3), 0)));
        assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("[3]") && e.getMessage().contains("[2]"),
                e.getMessage());
    }
}
