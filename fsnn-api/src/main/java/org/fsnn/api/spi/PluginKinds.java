// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

import java.util.List;
import org.fsnn.api.augment.AugmentationProvider;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.layer.LayerProvider;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.api.transform.TargetTransformProvider;

/**
 * Every kind of plugin fsnn knows: the service provider interfaces that fsnn-api declares
 * {@code uses} for, in the order tools list them.
 *
 * <p>A new SPI is one more entry in {@link #ALL} and one more {@code uses} line in fsnn-api's
 * module descriptor; a test checks that the two agree.
 */
public final class PluginKinds {

    /** Every service provider interface, each extending {@link Named}. */
    public static final List<Class<? extends Named>> ALL = List.of(
            BackendProvider.class,
            SystemProvider.class,
            LayerProvider.class,
            IntegratorProvider.class,
            SolverProvider.class,
            LossProvider.class,
            TargetTransformProvider.class,
            AugmentationProvider.class);

    private PluginKinds() {}

    /**
     * The kind's short label for tables and messages: the interface's simple name without
     * {@code Provider}, in kebab case ({@code BackendProvider} → {@code backend},
     * {@code TargetTransformProvider} → {@code target-transform}).
     */
    public static String label(Class<?> kind) {
        String base = kind.getSimpleName().replaceFirst("Provider$", "");
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
