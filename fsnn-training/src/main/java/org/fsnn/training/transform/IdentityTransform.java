// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.transform;

import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.transform.TargetTransform;
import org.fsnn.api.transform.TargetTransformProvider;

/** {@code identity}: targets as they are; T⁻¹′ = 1. Nothing to fit or save. */
public final class IdentityTransform implements TargetTransform, TargetTransformProvider {
    /** For {@link java.util.ServiceLoader}. */
    public IdentityTransform() {}

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public String description() {
        return "targets unchanged";
    }

    @Override
    public TargetTransform fit(ConfigNode config, Tensor targets) {
        config.requireOnly();
        return this;
    }

    @Override
    public TargetTransform restore(ConfigNode config, Map<String, Tensor> state) {
        config.requireOnly();
        return this;
    }

    @Override
    public Var forward(Var f) {
        return f;
    }

    @Override
    public Var inverse(Var a) {
        return a;
    }

    @Override
    public Var inverseDerivative(Var a) {
        return Ops.affine(a, 0, 1);
    }

    @Override
    public Map<String, Tensor> state() {
        return Map.of();
    }
}
