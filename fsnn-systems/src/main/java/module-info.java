// SPDX-License-Identifier: Apache-2.0
/**
 * Dynamical-system plugins of fsnn: the fast–slow systems of the FSNN paper and the stiff
 * operator-learning paper, and classic stiff benchmarks.
 *
 * @provides org.fsnn.api.system.SystemProvider {@code simple-manifold}, {@code davis-skodje},
 *     {@code davis-skodje-fast-time},
 *     {@code grad-moments}, {@code lorenz96-two-scale}, {@code abraham-lorentz}, {@code robertson},
 *     {@code van-der-pol}, {@code hires}
 */
module org.fsnn.systems {
    requires transitive org.fsnn.api;

    exports org.fsnn.systems;

    provides org.fsnn.api.system.SystemProvider with
            org.fsnn.systems.SimpleManifoldProvider,
            org.fsnn.systems.DavisSkodjeProvider,
            org.fsnn.systems.DavisSkodjeFastTimeProvider,
            org.fsnn.systems.GradMomentsProvider,
            org.fsnn.systems.Lorenz96TwoScaleProvider,
            org.fsnn.systems.AbrahamLorentzProvider,
            org.fsnn.systems.RobertsonProvider,
            org.fsnn.systems.VanDerPolProvider,
            org.fsnn.systems.HiresProvider;
}
