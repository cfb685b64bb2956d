// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.layers.FastEigenvalues;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.layers.Rollout;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryData;
import org.fsnn.training.data.TrajectorySimulator;

/**
 * Evaluates a trained FSNN against its system, at each ε of the experiment's
 * {@link FsnnEvaluationSpec}: full (IMEX) and hybrid rollouts against the reference solver on the
 * fast scale, the closure rollout (slow-manifold integration, eq. 3.23) on the slow scale with
 * checks that it stays on y = 0 and that its decoded states lie on the learned manifold
 * h⁻¹(x, 0), and the eigenvalues of T(x) at states on the system's slow manifold against the
 * system's exact fast eigenvalues, beside the discretization floor of the training rollout.
 *
 * <p>Rollout errors are relative L2 over all test trajectories and points:
 * √(Σ‖z − ẑ‖² / Σ‖z‖²). Eigenvalues are matched after sorting each set by real, then imaginary
 * part.
 */
public final class FsnnEvaluation {
    private FsnnEvaluation() {}

    /**
     * One row of an eigenvalue table: the k-th sorted eigenvalue, averaged over the states.
     *
     * @param exact the exact eigenvalue's real part
     * @param exactImag its imaginary part
     * @param learned the learned eigenvalue's real part
     * @param learnedImag its imaginary part
     * @param error the mean over states of |λ̂ − λ|
     * @param floor λ̂ with R(λ̂h) = e^{λh} for the real part λ, the training rollout's step h
     */
    public record EigenRow(double exact, double exactImag, double learned, double learnedImag, double error,
            double floor) {}

    /**
     * The results at one ε.
     *
     * @param eps the ε
     * @param fullL2 relative L2 error of the full IMEX rollouts on the fast scale
     * @param hybridL2 the same for the hybrid rollouts
     * @param closureL2 relative L2 error of the closure rollouts on the slow scale (NaN at ε = 0)
     * @param closureMaxY the largest |y| along the closure rollouts (0 exactly when they stay on y = 0)
     * @param closureManifoldResidual the largest |y| of the decoded closure states encoded again
     * @param eigMaxError the largest |λ̂ − λ| over states and eigenvalues
     * @param eigMeanError the mean |λ̂ − λ|
     * @param eigenTable the sorted eigenvalues averaged over states
     * @param fastReference the reference fast-scale trajectories
     * @param fastModel the model's full rollouts, {@code [trajectory][point][component]}
     * @param slowReference the reference slow-scale trajectories, null at ε = 0
     * @param slowModel the closure rollouts, null at ε = 0
     * @param manifoldStates the states of the eigenvalue comparison, {@code [state][component]}
     * @param exactEig the exact sorted real parts at each state
     * @param learnedEig the learned sorted real parts at each state
     */
    public record EpsResult(double eps, double fullL2, double hybridL2, double closureL2, double closureMaxY,
            double closureManifoldResidual, double eigMaxError, double eigMeanError, List<EigenRow> eigenTable,
            TrajectoryData fastReference, double[][][] fastModel, TrajectoryData slowReference, double[][][] slowModel,
            double[][] manifoldStates, double[][] exactEig, double[][] learnedEig) {

        /** The scalar results as a JSON-ready map. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eps", eps);
            m.put("fullL2", fullL2);
            m.put("hybridL2", hybridL2);
            m.put("closureL2", Double.isNaN(closureL2) ? null : closureL2);
            m.put("closureMaxY", closureMaxY);
            m.put("closureManifoldResidual", closureManifoldResidual);
            m.put("eigMaxError", eigMaxError);
            m.put("eigMeanError", eigMeanError);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (EigenRow r : eigenTable) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("exact", r.exact());
                row.put("exactImag", r.exactImag());
                row.put("learned", r.learned());
                row.put("learnedImag", r.learnedImag());
                row.put("error", r.error());
                row.put("floor", Double.isNaN(r.floor()) ? null : r.floor());
                rows.add(row);
            }
            m.put("eigenvalues", rows);
            return m;
        }
    }

    /**
     * Evaluates {@code net} as {@code e} says.
     *
     * @param threads threads for the reference solver
     */
    public static List<EpsResult> evaluate(FastSlowNetwork net, FsnnExperiment e, Backend backend, int threads) {
        FsnnEvaluationSpec spec = e.evaluation();
        SystemFamily family = e.data().family();
        FastSlowIntegrator full = FastSlowNetwork.integrator(FastSlowNetwork.FULL_INTEGRATOR,
                ConfigNode.of(Map.of("substeps", e.substeps())));
        FastSlowIntegrator hybrid = FastSlowNetwork.integrator(FastSlowNetwork.HYBRID_INTEGRATOR,
                ConfigNode.of(Map.of("substeps", e.substeps(), "slowSubsteps", e.slowSubsteps())));
        FastSlowIntegrator closure = FastSlowNetwork.integrator(FastSlowNetwork.CLOSURE_INTEGRATOR,
                ConfigNode.of(Map.of("substeps", e.slowSubsteps())));
        SplittableRandom root = new SplittableRandom(spec.seed());
        List<EpsResult> out = new ArrayList<>();
        try (Tape.NoGrad _ = Tape.noGrad()) {
            for (double eps : spec.eps()) {
                SplittableRandom rng = root.split();
                DynamicalSystem system = family.at(eps);
                int n = spec.trajectories();
                int d = system.dimension();
                double[][] starts = new double[n][d];
                double[] all = new double[n * d];
                system.sampleInitialStates(rng, n, all);
                for (int i = 0; i < n; i++) {
                    starts[i] = Arrays.copyOfRange(all, i * d, (i + 1) * d);
                }
                double[] epsColumn = new double[n];
                Arrays.fill(epsColumn, eps);
                TrajectoryData fastRef = TrajectorySimulator.simulate(e.data().solver(), family, starts, epsColumn,
                        new SubsetSpec(n, spec.fastSteps(), spec.fastDt(), StepScale.FIXED), 0, threads, (a, b) -> { });
                double[][][] fullModel = states(net.rollout(first(fastRef, backend), column(backend, eps, n),
                        column(backend, spec.fastDt(), n), spec.fastSteps(), full));
                double[][][] hybridModel = states(net.rollout(first(fastRef, backend), column(backend, eps, n),
                        column(backend, spec.fastDt(), n), spec.fastSteps(), hybrid));

                double closureL2 = Double.NaN;
                double maxY = Double.NaN;
                double residual = Double.NaN;
                TrajectoryData slowRef = null;
                double[][][] slowModel = null;
                if (eps > 0) {
                    slowRef = TrajectorySimulator.simulate(e.data().solver(), family, starts, epsColumn,
                            new SubsetSpec(n, spec.slowSteps(), spec.slowDt(), StepScale.OVER_EPSILON),
                            spec.slowDelay(), threads, (a, b) -> { });
                    Var epsVar = column(backend, eps, n);
                    Rollout r = net.closureRollout(first(slowRef, backend), epsVar,
                            column(backend, spec.slowDt() / eps, n), spec.slowSteps(), closure);
                    slowModel = states(r);
                    closureL2 = relativeL2(slowRef, slowModel);
                    maxY = 0;
                    residual = 0;
                    for (int k = 0; k < r.latent().size(); k++) {
                        maxY = Math.max(maxY, maxAbs(r.latent().get(k).y().value().toArray()));
                        FastSlowState again = net.encode(r.states().get(k), epsVar);
                        residual = Math.max(residual, maxAbs(again.y().value().toArray()));
                    }
                }
                out.add(eigen(net, system, e, spec, eps, rng, backend, fastRef, fullModel, hybridModel, closureL2,
                        maxY, residual, slowRef, slowModel));
            }
        }
        return out;
    }

    private static EpsResult eigen(FastSlowNetwork net, DynamicalSystem system, FsnnExperiment e,
            FsnnEvaluationSpec spec, double eps, SplittableRandom rng, Backend backend, TrajectoryData fastRef,
            double[][][] fullModel, double[][][] hybridModel, double closureL2, double maxY, double residual,
            TrajectoryData slowRef, double[][][] slowModel) {
        int m = spec.eigenStates();
        int d = system.dimension();
        SlowManifold manifold = system.slowManifold().orElseThrow(() -> new IllegalArgumentException(
                "fsnn evaluation: system " + e.data().system() + " has no known slow manifold"));
        double[] z = new double[m * d];
        manifold.sampleManifold(rng, m, z);
        double[][] zs = new double[m][];
        for (int i = 0; i < m; i++) {
            zs[i] = Arrays.copyOfRange(z, i * d, (i + 1) * d);
        }
        Arrays.sort(zs, (a, b) -> Double.compare(a[0], b[0]));
        double[] sortedZ = new double[m * d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(zs[i], 0, sortedZ, i * d, d);
        }
        double[] epsColumn = new double[m];
        Arrays.fill(epsColumn, eps);
        FastEigenvalues learned = net.fastEigenvalues(backend.fromArray(sortedZ, m, d),
                backend.fromArray(epsColumn, m, 1));
        int ny = net.fastDim();
        double[] lre = learned.real().toArray();
        double[] lim = learned.imag().toArray();
        double[] sumExact = new double[ny];
        double[] sumExactIm = new double[ny];
        double[] sumLearned = new double[ny];
        double[] sumLearnedIm = new double[ny];
        double[] sumError = new double[ny];
        double[][] exactEig = new double[m][];
        double[][] learnedEig = new double[m][];
        double maxError = 0;
        double total = 0;
        double dataDt = e.data().fast().dt();
        for (int i = 0; i < m; i++) {
            Eigenvalues exact = system.fastEigenvalues(zs[i]).orElseThrow(() -> new IllegalArgumentException(
                    "fsnn evaluation: system " + e.data().system() + " knows no exact fast eigenvalues")).sorted();
            if (exact.size() != ny) {
                throw new IllegalArgumentException("fsnn evaluation: the system has " + exact.size()
                        + " fast eigenvalues but the network N_y = " + ny);
            }
            Eigenvalues mine = new Eigenvalues(Arrays.copyOfRange(lre, i * ny, (i + 1) * ny),
                    Arrays.copyOfRange(lim, i * ny, (i + 1) * ny)).sorted();
            exactEig[i] = exact.re();
            learnedEig[i] = mine.re();
            for (int k = 0; k < ny; k++) {
                double err = Math.hypot(mine.re()[k] - exact.re()[k], mine.im()[k] - exact.im()[k]);
                sumExact[k] += exact.re()[k];
                sumExactIm[k] += exact.im()[k];
                sumLearned[k] += mine.re()[k];
                sumLearnedIm[k] += mine.im()[k];
                sumError[k] += err;
                maxError = Math.max(maxError, err);
                total += err;
            }
        }
        List<EigenRow> table = new ArrayList<>();
        for (int k = 0; k < ny; k++) {
            double exact = sumExact[k] / m;
            double floor = exact < 0 ? DiscretizationFloor.ssp2(exact, dataDt, e.substeps()) : Double.NaN;
            table.add(new EigenRow(exact, sumExactIm[k] / m, sumLearned[k] / m, sumLearnedIm[k] / m, sumError[k] / m,
                    floor));
        }
        return new EpsResult(eps, relativeL2(fastRef, fullModel), relativeL2(fastRef, hybridModel), closureL2, maxY,
                residual, maxError, total / (m * ny), table, fastRef, fullModel, slowRef, slowModel, zs, exactEig,
                learnedEig);
    }

    private static Var first(TrajectoryData t, Backend backend) {
        double[] z = new double[t.count() * t.dimension()];
        for (int i = 0; i < t.count(); i++) {
            System.arraycopy(t.state(i, 0), 0, z, i * t.dimension(), t.dimension());
        }
        return Var.constant(backend.fromArray(z, t.count(), t.dimension()));
    }

    static Var column(Backend backend, double value, int n) {
        double[] c = new double[n];
        Arrays.fill(c, value);
        return Var.constant(backend.fromArray(c, n, 1));
    }

    /** The decoded states of a rollout, {@code [trajectory][point][component]}. */
    static double[][][] states(Rollout r) {
        int points = r.states().size();
        int n = r.states().getFirst().value().dim(0);
        int d = r.states().getFirst().value().dim(1);
        double[][][] out = new double[n][points][d];
        for (int k = 0; k < points; k++) {
            double[] v = r.states().get(k).value().toArray();
            for (int i = 0; i < n; i++) {
                System.arraycopy(v, i * d, out[i][k], 0, d);
            }
        }
        return out;
    }

    /** √(Σ‖z − ẑ‖² / Σ‖z‖²) over every trajectory and point. */
    static double relativeL2(TrajectoryData reference, double[][][] model) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < reference.count(); i++) {
            for (int k = 0; k <= reference.steps(); k++) {
                double[] z = reference.state(i, k);
                for (int j = 0; j < z.length; j++) {
                    double diff = z[j] - model[i][k][j];
                    num += diff * diff;
                    den += z[j] * z[j];
                }
            }
        }
        return Math.sqrt(num / den);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** The results as Markdown: a rollout table and one eigenvalue table per ε with the floor. */
    public static String markdown(List<EpsResult> results, FsnnExperiment e) {
        StringBuilder s = new StringBuilder();
        s.append("## Rollouts against the reference solver\n\nRelative L2 error √(Σ‖z − ẑ‖² / Σ‖z‖²) over ")
                .append(e.evaluation().trajectories()).append(" test trajectories per ε. Full and hybrid: ")
                .append(e.evaluation().fastSteps()).append(" steps of Δt = ").append(e.evaluation().fastDt())
                .append(" (").append(e.substeps()).append(" IMEX sub-steps each). Closure: on y = 0 with the slow-manifold")
                .append(" scheme (3.23), ").append(e.evaluation().slowSteps()).append(" steps of Δt = ")
                .append(e.evaluation().slowDt()).append("/ε. max|y| is the largest fast coordinate along the closure")
                .append(" rollout; residual is the largest fast coordinate of its decoded states encoded again.\n\n")
                .append("| ε | full | hybrid | closure | closure max\\|y\\| | manifold residual |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (EpsResult r : results) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.eps(), sci(r.fullL2()),
                    sci(r.hybridL2()), sci(r.closureL2()), sci(r.closureMaxY()), sci(r.closureManifoldResidual())));
        }
        s.append("\n## Fast eigenvalues of T(x) against the exact ones\n\nAt ").append(e.evaluation().eigenStates())
                .append(" states on the system's slow manifold; sorted eigenvalues averaged over the states. The floor")
                .append(" is the λ̂ with R(λ̂h) = e^{λh} that a perfect fit of the data reaches with the training")
                .append(" rollout (IMEX-SSP2, h = Δt/").append(e.substeps()).append(", Δt = ")
                .append(e.data().fast().dt()).append("): errors below |floor − λ| are not expected.\n");
        for (EpsResult r : results) {
            s.append(String.format(Locale.ROOT, "%n### ε = %s: max error %s, mean error %s%n%n", r.eps(),
                    sci(r.eigMaxError()), sci(r.eigMeanError())));
            s.append("| exact λ | learned λ̂ | mean \\|λ̂ − λ\\| | floor | \\|floor − λ\\| |\n| --- | --- | --- | --- | --- |\n");
            for (EigenRow row : r.eigenTable()) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", complex(row.exact(), row.exactImag()),
                        complex(row.learned(), row.learnedImag()), sci(row.error()), fixed(row.floor()),
                        sci(Math.abs(row.floor() - row.exact()))));
            }
        }
        return s.toString();
    }

    static String complex(double re, double im) {
        return Math.abs(im) < 1e-12 ? fixed(re) : String.format(Locale.ROOT, "%.5f %s %.5fi", re, im < 0 ? "-" : "+",
                Math.abs(im));
    }

    static String fixed(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.5f", v);
    }

    static String sci(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2e", v);
    }
}
