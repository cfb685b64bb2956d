// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Tensor;

/** Maps over trees of tensors (name → tensor) and the small state codecs the transforms share. */
final class Trees {
    private Trees() {}

    static Map<String, Tensor> map(Map<String, Tensor> tree, UnaryOperator<Tensor> f) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }

    static Map<String, Tensor> zip(Map<String, Tensor> a, Map<String, Tensor> b, BiFunction<Tensor, Tensor, Tensor> f) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            Tensor w = b.get(k);
            if (w == null) {
                throw new IllegalArgumentException("optimizer: no entry '" + k + "' in " + b.keySet());
            }
            out.put(k, f.apply(v, w));
        });
        return out;
    }

    static Map<String, Tensor> zerosLike(Map<String, Tensor> tree) {
        return map(tree, t -> t.backend().fill(t.shape(), 0));
    }

    static Tensor scale(Tensor t, double c) {
        return t.backend().map(UnaryOp.AFFINE, t, c, 0);
    }

    /** A count as a one-element tensor (exact below 2⁵³). */
    static Tensor count(long count) {
        return Backends.reference().fromArray(new double[] {count}, 1);
    }

    static long count(Map<String, Tensor> saved, String key) {
        double c = entry(saved, key).item();
        if (c < 0 || c != Math.rint(c)) {
            throw new IllegalArgumentException("optimizer state '" + key + "' must be a non-negative integer, got " + c);
        }
        return (long) c;
    }

    static Tensor entry(Map<String, Tensor> saved, String key) {
        Tensor t = saved.get(key);
        if (t == null) {
            throw new IllegalArgumentException("optimizer state: missing entry '" + key + "'; present: " + saved.keySet());
        }
        return t;
    }

    /** The saved entries {@code prefix + name} for every parameter, on the parameters' backends. */
    static Map<String, Tensor> subtree(Map<String, Tensor> saved, String prefix, Map<String, Tensor> params) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        params.forEach((name, p) -> {
            Tensor t = entry(saved, prefix + name);
            if (!t.shape().equals(p.shape())) {
                throw new IllegalArgumentException("optimizer state '" + prefix + name + "' has shape " + t.shape()
                        + " but the parameter has shape " + p.shape());
            }
            out.put(name, onBackend(t, p.backend()));
        });
        return out;
    }

    static void putSubtree(Map<String, Tensor> out, String prefix, Map<String, Tensor> tree) {
        tree.forEach((name, t) -> out.put(prefix + name, t));
    }

    static Tensor onBackend(Tensor t, Backend backend) {
        return t.backend() == backend ? t : backend.fromArray(t.toArray(), t.shape().dims());
    }
}
