// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.layer.Layer;
import org.fsnn.api.tensor.Tensor;

/**
 * The negative Schur form network of FSNN Definition 3.8, eqs. (3.9)–(3.14): a feed-forward
 * network of (x, ε) whose raw outputs are arranged into a block upper-triangular
 * T(x, ε) ∈ R^{N_y×N_y} ({@link BlockLayout#pairsThenScalar}: 2×2 diagonal blocks, then a 1×1
 * block when N_y is odd) whose eigenvalues all have strictly negative real parts.
 *
 * <p>Each 2×2 diagonal block is M(R, r, θ, φ) = R [[cos θ, sin θ], [−sin θ, cos θ]]
 * + r [[cos φ, sin φ], [sin φ, −cos φ]] (eq. 3.10), with trace 2m, m = R cos θ, determinant
 * p = R² − r², and eigenvalues λ± = m ± √(m² − p) (eq. 3.12). Both have negative real parts
 * exactly when m &lt; 0 and p &gt; 0. The paper's map (3.14) from raw outputs R̄, r̄, θ̄, φ̄,
 * R = −|r̄| e^{|R̄|}, θ = (π/2) tanh θ̄, only reaches the closure of that region: r̄ = 0 gives
 * R = 0, R̄ = 0 gives p = 0, and a saturated tanh gives m = 0, each a zero eigenvalue. This
 * network keeps the map but moves it inside by a margin:
 *
 * <pre>
 *   R = −(δ + s(r̄) e^{s(R̄)}),  s(u) = √(u² + η²),  r = r̄,
 *   θ = (1 − κ)(π/2) tanh θ̄,   φ = φ̄,
 * </pre>
 *
 * with margin δ &gt; 0 ({@code margin}, default 0.1), angle margin κ ∈ (0, 1)
 * ({@code angleMargin}, default 0.1) and η = {@value #SMOOTHING} (a smooth |·|, so the map is
 * differentiable everywhere). Since s(u) ≥ |u| and e^{s} ≥ 1, |R| − |r| ≥ δ, hence
 * p ≥ δ(|R| + |r|) &gt; 0; and |cos θ| ≥ sin(κπ/2), hence m ≤ −δ sin(κπ/2) &lt; 0. Every
 * eigenvalue then has real part at most −γ, γ = δ · min(½, sin(κπ/2)) ({@link #spectralBound}):
 * complex pairs have real part m; for real pairs, λ₋ ≤ m and λ₊ = p/λ₋ with |λ₋| ≤ 2|R|. The
 * trailing 1×1 block is −(δ + softplus(t̄)). The entries above the diagonal blocks are raw
 * outputs, unrestricted.
 *
 * <p>T is assembled by one gather from the block entries and raw outputs into the N_y² positions,
 * for the whole batch at once. Raw output layout: R̄, r̄, θ̄, φ̄ (⌊N_y/2⌋ each), then t̄ when N_y is
 * odd, then the entries above the diagonal blocks in row-major order.
 *
 * <p>Initialization: the output layer's bias starts at r̄ = 1 and t̄ = ln(e − 1) (so
 * softplus(t̄) = 1), the rest at 0; with Glorot weights this puts the eigenvalues at init around
 * −1 to −e², a mix of real and complex pairs, well away from the stiff and from the neutral end.
 */
public final class NegativeSchur extends Layer {
    /** η, the smoothing of the absolute value s(u) = √(u² + η²). */
    public static final double SMOOTHING = 1e-3;

    private final int inputDim;
    private final int fastDim;
    private final int contextDim;
    private final double margin;
    private final double angleMargin;
    private final BlockLayout layout;
    private final int pairs;
    private final boolean odd;
    private final int rawSize;
    private final int[] gather;
    private final Mlp network;

    /**
     * @param backend where the parameters live
     * @param inputDim N_x, the size of x
     * @param contextDim the size of the context (0 for none)
     * @param fastDim N_y
     * @param margin δ &gt; 0
     * @param angleMargin κ ∈ (0, 1)
     * @param spec the shape of the network
     * @param rng the generator
     */
    public NegativeSchur(Backend backend, int inputDim, int contextDim, int fastDim, double margin, double angleMargin,
            MlpSpec spec, SplittableGenerator rng) {
        if (fastDim < 1) {
            throw new IllegalArgumentException("negative-schur: fastDim must be >= 1, got " + fastDim);
        }
        if (!(margin > 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("negative-schur: margin must be finite and > 0, got " + margin);
        }
        if (!(angleMargin > 0 && angleMargin < 1)) {
            throw new IllegalArgumentException("negative-schur: angleMargin must lie in (0, 1), got " + angleMargin);
        }
        this.inputDim = inputDim;
        this.fastDim = fastDim;
        this.contextDim = contextDim;
        this.margin = margin;
        this.angleMargin = angleMargin;
        this.layout = BlockLayout.pairsThenScalar(fastDim);
        this.pairs = fastDim / 2;
        this.odd = fastDim % 2 == 1;
        this.gather = new int[fastDim * fastDim];
        int diagonal = 4 * pairs + (odd ? 1 : 0);
        int next = diagonal;
        for (int i = 0; i < fastDim; i++) {
            for (int j = 0; j < fastDim; j++) {
                int bi = layout.blockOf(i);
                int bj = layout.blockOf(j);
                int at;
                if (bj > bi) {
                    at = next++;
                } else if (bj < bi) {
                    at = -1;
                } else if (odd && bi == pairs) {
                    at = 4 * pairs;
                } else {
                    at = (2 * (i % 2) + (j % 2)) * pairs + bi; // a11, a12, a21, a22 groups
                }
                gather[i * fastDim + j] = at;
            }
        }
        this.rawSize = next;
        this.network = child("network", new Mlp(backend, inputDim, contextDim, rawSize, spec, rng.split()));
        double[] bias = new double[rawSize];
        for (int k = 0; k < pairs; k++) {
            bias[pairs + k] = 1;
        }
        if (odd) {
            bias[4 * pairs] = Math.log(Math.E - 1);
        }
        network.outputBias().set(backend.fromArray(bias, rawSize));
    }

    @Override
    public int inputDim() {
        return inputDim;
    }

    /** N_y. */
    public int fastDim() {
        return fastDim;
    }

    /** The size of the context (0 for none). */
    public int contextDim() {
        return contextDim;
    }

    /** The diagonal blocks of T. */
    public BlockLayout layout() {
        return layout;
    }

    /** The number of raw outputs the network makes per sample. */
    public int rawSize() {
        return rawSize;
    }

    /** γ = δ · min(½, sin(κπ/2)): every eigenvalue of T has real part at most −γ. */
    public double spectralBound() {
        return margin * Math.min(0.5, Math.sin(angleMargin * Math.PI / 2));
    }

    /** T(x, ε), {@code [b, N_y, N_y]}. */
    @Override
    public Var forward(Var x, Var context) {
        return matrix(raw(x, context));
    }

    /** The network's raw outputs, {@code [b, rawSize()]}. */
    public Var raw(Var x, Var context) {
        return network.forward(x, context);
    }

    /** T from raw outputs {@code [b, rawSize()]}, by the map described above. */
    public Var matrix(Var raw) {
        checkRaw(raw.value());
        int b = raw.value().dim(0);
        List<Var> parts = new ArrayList<>();
        if (pairs > 0) {
            BlockParameters p = blockParameters(raw);
            Var cosT = Ops.cos(p.theta());
            Var sinT = Ops.sin(p.theta());
            Var cosP = Ops.cos(p.phi());
            Var sinP = Ops.sin(p.phi());
            Var rCos = Ops.mul(p.bigR(), cosT);
            Var rSin = Ops.mul(p.bigR(), sinT);
            Var sCos = Ops.mul(p.smallR(), cosP);
            Var sSin = Ops.mul(p.smallR(), sinP);
            parts.add(Ops.add(rCos, sCos));
            parts.add(Ops.add(rSin, sSin));
            parts.add(Ops.sub(sSin, rSin));
            parts.add(Ops.sub(rCos, sCos));
        }
        if (odd) {
            parts.add(scalarBlock(raw));
        }
        if (rawSize > 4 * pairs + (odd ? 1 : 0)) {
            parts.add(Ops.slice(raw, 4 * pairs + (odd ? 1 : 0), rawSize));
        }
        Var entries = parts.size() == 1 ? parts.getFirst() : Ops.concat(parts);
        return Ops.reshape(Ops.gatherLast(entries, gather), b, fastDim, fastDim);
    }

    /** The eigenvalues of T(x, ε), read from the parameters of its diagonal blocks. */
    public FastEigenvalues eigenvalues(Var x, Var context) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            return eigenvalues(raw(x, context));
        }
    }

    /**
     * The eigenvalues of {@link #matrix(Var) matrix(raw)}, from m = R cos θ and p = R² − r²
     * of each 2×2 block: λ₋ = m − √(m² − p) and λ₊ = p / λ₋ when real (no cancellation when
     * p ≪ m²), m ± i√(p − m²) when complex.
     */
    public FastEigenvalues eigenvalues(Var raw) {
        checkRaw(raw.value());
        int b = raw.value().dim(0);
        double[] re = new double[b * fastDim];
        double[] im = new double[b * fastDim];
        try (Tape.NoGrad _ = Tape.noGrad()) {
            if (pairs > 0) {
                BlockParameters p = blockParameters(raw);
                double[] bigR = p.bigR().value().toArray();
                double[] smallR = p.smallR().value().toArray();
                double[] theta = p.theta().value().toArray();
                double[] gap = p.gap().value().toArray();
                for (int s = 0; s < b; s++) {
                    for (int k = 0; k < pairs; k++) {
                        int at = s * pairs + k;
                        double absR = -bigR[at];
                        double m = bigR[at] * Math.cos(theta[at]);
                        double det = gap[at] * (absR + Math.abs(smallR[at]));
                        double disc = m * m - det;
                        int lo = s * fastDim + 2 * k;
                        if (disc >= 0) {
                            double minus = m - Math.sqrt(disc);
                            re[lo] = minus;
                            re[lo + 1] = det / minus;
                        } else {
                            double w = Math.sqrt(-disc);
                            re[lo] = m;
                            re[lo + 1] = m;
                            im[lo] = -w;
                            im[lo + 1] = w;
                        }
                    }
                }
            }
            if (odd) {
                double[] t = scalarBlock(raw).value().toArray();
                for (int s = 0; s < b; s++) {
                    re[s * fastDim + fastDim - 1] = t[s];
                }
            }
        }
        Backend be = raw.value().backend();
        return new FastEigenvalues(be.fromArray(re, b, fastDim), be.fromArray(im, b, fastDim));
    }

    /**
     * R, r, θ, φ per 2×2 block, {@code [b, ⌊N_y/2⌋]} each, and gap = |R| − |r| computed without
     * cancellation as δ + (s(r̄) e^{s(R̄)} − |r̄|).
     */
    private record BlockParameters(Var bigR, Var smallR, Var theta, Var phi, Var gap) {}

    private BlockParameters blockParameters(Var raw) {
        Var rawBigR = Ops.slice(raw, 0, pairs);
        Var rawSmallR = Ops.slice(raw, pairs, 2 * pairs);
        Var rawTheta = Ops.slice(raw, 2 * pairs, 3 * pairs);
        Var phi = Ops.slice(raw, 3 * pairs, 4 * pairs);
        Var magnitude = Ops.mul(smoothAbs(rawSmallR), Ops.exp(smoothAbs(rawBigR)));
        Var bigR = Ops.neg(Ops.add(magnitude, margin));
        Var theta = Ops.mul(Ops.tanh(rawTheta), (1 - angleMargin) * Math.PI / 2);
        Var gap = Ops.add(Ops.sub(magnitude, Ops.abs(rawSmallR)), margin);
        return new BlockParameters(bigR, rawSmallR, theta, phi, gap);
    }

    private Var scalarBlock(Var raw) {
        Var t = Ops.slice(raw, 4 * pairs, 4 * pairs + 1);
        return Ops.neg(Ops.add(Ops.softplus(t), margin));
    }

    private static Var smoothAbs(Var u) {
        return Ops.sqrt(Ops.add(Ops.square(u), SMOOTHING * SMOOTHING));
    }

    private void checkRaw(Tensor raw) {
        if (raw.rank() != 2 || raw.dim(1) != rawSize) {
            throw new IllegalArgumentException("negative-schur: raw outputs must have shape [b, " + rawSize
                    + "] for fastDim " + fastDim + ", got " + raw.shape());
        }
    }
}
