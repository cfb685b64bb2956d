// SPDX-License-Identifier: Apache-2.0
/**
 * Layer plugins of fsnn (feed-forward, bLAT, affine coupling, coupling flow, negative Schur
 * form, low-rank bilinear) and the fast–slow neural network built from them.
 *
 * @provides org.fsnn.api.layer.LayerProvider {@code mlp}, {@code blat}, {@code affine-coupling},
 *     {@code coupling-flow}, {@code negative-schur}, {@code low-rank-bilinear}
 */
module org.fsnn.layers {
    requires transitive org.fsnn.api;

    exports org.fsnn.layers;

    provides org.fsnn.api.layer.LayerProvider with
            org.fsnn.layers.MlpProvider,
            org.fsnn.layers.BlatProvider,
            org.fsnn.layers.AffineCouplingProvider,
            org.fsnn.layers.CouplingFlowProvider,
            org.fsnn.layers.NegativeSchurProvider,
            org.fsnn.layers.LowRankBilinearProvider;
}
