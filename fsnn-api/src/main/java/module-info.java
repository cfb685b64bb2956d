// SPDX-License-Identifier: Apache-2.0
/**
 * The core of fsnn: tensors, reverse-mode automatic differentiation, every service provider
 * interface and the plugin {@link org.fsnn.api.spi.Registry}, and the scalar reference backend.
 *
 * @uses org.fsnn.api.backend.BackendProvider
 * @uses org.fsnn.api.system.SystemProvider
 * @uses org.fsnn.api.layer.LayerProvider
 * @uses org.fsnn.api.integrate.IntegratorProvider
 * @uses org.fsnn.api.solver.SolverProvider
 * @uses org.fsnn.api.loss.LossProvider
 * @uses org.fsnn.api.transform.TargetTransformProvider
 * @uses org.fsnn.api.augment.AugmentationProvider
 * @provides org.fsnn.api.backend.BackendProvider the scalar reference backend, {@code reference}
 */
module org.fsnn.api {
    exports org.fsnn.api.spi;
    exports org.fsnn.api.tensor;
    exports org.fsnn.api.backend;
    exports org.fsnn.api.autodiff;
    exports org.fsnn.api.nn;
    exports org.fsnn.api.system;
    exports org.fsnn.api.layer;
    exports org.fsnn.api.integrate;
    exports org.fsnn.api.solver;
    exports org.fsnn.api.loss;
    exports org.fsnn.api.transform;
    exports org.fsnn.api.augment;

    uses org.fsnn.api.backend.BackendProvider;
    uses org.fsnn.api.system.SystemProvider;
    uses org.fsnn.api.layer.LayerProvider;
    uses org.fsnn.api.integrate.IntegratorProvider;
    uses org.fsnn.api.solver.SolverProvider;
    uses org.fsnn.api.loss.LossProvider;
    uses org.fsnn.api.transform.TargetTransformProvider;
    uses org.fsnn.api.augment.AugmentationProvider;

    provides org.fsnn.api.backend.BackendProvider with org.fsnn.api.internal.scalar.ScalarBackendProvider;
}
