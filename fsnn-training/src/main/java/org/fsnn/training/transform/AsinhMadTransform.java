// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.transform;

import java.util.Arrays;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.transform.TargetTransform;

/**
 * The scaled inverse hyperbolic sine of the stiff operator-learning paper (eqs. 25, 28):
 * a_i = asinh(F_i / s_i), F_i = s_i sinh(a_i), dF_i/da_i = s_i cosh(a_i). Linear for |F| ≪ s,
 * logarithmic for |F| ≫ s, so O(1/ε) derivatives and O(1) ones end up on comparable scales.
 *
 * <p>The scales s_i are fitted by {@link AsinhMadProvider}; see there for their definition.
 */
public final class AsinhMadTransform implements TargetTransform {
    /** The state key of the scales. */
    public static final String SCALES = "scales";

    private final Tensor scales;
    private final Var s;

    /** @param scales s_i > 0, {@code [d]} */
    public AsinhMadTransform(Tensor scales) {
        if (scales.rank() != 1) {
            throw new IllegalArgumentException("asinh-mad: scales must have shape [d], got " + scales.shape());
        }
        for (double v : scales.toArray()) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("asinh-mad: scales must be positive and finite, got "
                        + Arrays.toString(scales.toArray()));
            }
        }
        this.scales = scales;
        this.s = Var.constant(scales);
    }

    /** The scales s_i, {@code [d]}. */
    public Tensor scales() {
        return scales;
    }

    @Override
    public Var forward(Var f) {
        return Ops.asinh(Ops.div(f, s));
    }

    @Override
    public Var inverse(Var a) {
        return Ops.mul(Ops.sinh(a), s);
    }

    @Override
    public Var inverseDerivative(Var a) {
        return Ops.mul(Ops.cosh(a), s);
    }

    @Override
    public Map<String, Tensor> state() {
        return Map.of(SCALES, scales);
    }
}
