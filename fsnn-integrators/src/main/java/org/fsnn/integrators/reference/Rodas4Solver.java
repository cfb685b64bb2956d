// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import static org.fsnn.integrators.reference.Rodas4Tableau.A;
import static org.fsnn.integrators.reference.Rodas4Tableau.C;
import static org.fsnn.integrators.reference.Rodas4Tableau.COUPLING;
import static org.fsnn.integrators.reference.Rodas4Tableau.D;
import static org.fsnn.integrators.reference.Rodas4Tableau.DENSE;
import static org.fsnn.integrators.reference.Rodas4Tableau.GAMMA;
import static org.fsnn.integrators.reference.Rodas4Tableau.STAGES;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverStats;
import org.fsnn.api.solver.StepObserver;
import org.fsnn.api.system.DynamicalSystem;

/**
 * RODAS4, a stiffly accurate, L-stable Rosenbrock method of order 4 with an embedded order-3
 * error estimate and order-3 dense output, for stiff systems.
 *
 * <p>Each step evaluates the analytic Jacobian ({@link DynamicalSystem#jacobian}) once, factorizes
 * the iteration matrix I/(hγ) − J once (LU with partial pivoting from EJML) and solves six linear
 * systems with it: the linearly implicit counterpart of a simplified Newton iteration, exact for
 * linear problems. A rejected step keeps the Jacobian and only refactorizes. ∂f/∂t comes from one
 * forward difference per step. The step size follows the error estimate with Gustafsson's
 * predictive controller, as in Hairer and Wanner's code {@code rodas.f}; with a fixed step the
 * error estimate is ignored.
 *
 * <p>Reference: E. Hairer and G. Wanner, Solving Ordinary Differential Equations II: Stiff and
 * Differential-Algebraic Problems, 2nd ed., Springer 1996, section IV.7 (method RODAS, table 7.2).
 */
final class Rodas4Solver implements OdeSolver {
    private static final double SAFETY = 0.9;
    /** Bounds on h_new / h: shrink at most 5-fold, grow at most 6-fold. */
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 6;
    private static final int MAX_SINGULAR = 5;

    private final SolverSettings settings;
    private final double fixedStep;

    /**
     * @param settings tolerances and the step limit
     * @param fixedStep a fixed step size, or 0 for adaptive steps
     */
    Rodas4Solver(SolverSettings settings, double fixedStep) {
        this.settings = settings;
        this.fixedStep = fixedStep;
    }

    @Override
    public String name() {
        return "rodas4";
    }

    @Override
    public Solution solve(DynamicalSystem system, double t0, double[] z0, double[] outputTimes,
            StepObserver observer) {
        Problem.check(name(), system, t0, z0, outputTimes);
        OutputSampler sampler = new OutputSampler(t0, z0, outputTimes);
        if (sampler.done()) {
            return sampler.solution(SolverStats.ZERO);
        }
        return new Integration(system, z0.length).run(t0, z0, sampler, observer);
    }

    @Override
    public String toString() {
        return fixedStep > 0 ? "rodas4(step=" + fixedStep + ")" : "rodas4(" + settings.tolerance() + ")";
    }

    /** The working state of one call. */
    private final class Integration {
        private final DynamicalSystem system;
        private final int d;
        private final double[] z;
        private final double[] zNew;
        private final double[] f0;
        private final double[] ft;
        private final double[] argument;
        private final double[] rhs;
        private final double[][] k = new double[STAGES][];
        private final double[] jacobian;
        private final DMatrixRMaj iteration;
        private final LUDecompositionAlt_DDRM decomposition = new LUDecompositionAlt_DDRM();
        private final LinearSolverLu_DDRM lu = new LinearSolverLu_DDRM(decomposition);
        private final DMatrixRMaj rhsColumn;
        private final DMatrixRMaj[] kColumns = new DMatrixRMaj[STAGES];
        private long rhsEvaluations;
        private long jacobianEvaluations;
        private long decompositions;

        Integration(DynamicalSystem system, int d) {
            this.system = system;
            this.d = d;
            z = new double[d];
            zNew = new double[d];
            f0 = new double[d];
            ft = new double[d];
            argument = new double[d];
            rhs = new double[d];
            jacobian = new double[d * d];
            iteration = new DMatrixRMaj(d, d);
            rhsColumn = DMatrixRMaj.wrap(d, 1, rhs);
            for (int i = 0; i < STAGES; i++) {
                k[i] = new double[d];
                kColumns[i] = DMatrixRMaj.wrap(d, 1, k[i]);
            }
        }

        Solution run(double t0, double[] z0, OutputSampler sampler, StepObserver observer) {
            StepAttempts attempts = new StepAttempts(name(), settings, sampler.endTime());
            double tEnd = sampler.endTime();
            double hMax = tEnd - t0;
            double t = t0;
            System.arraycopy(z0, 0, z, 0, d);
            evaluate(t, z, f0);
            double h = Math.min(fixedStep > 0 ? fixedStep : initialStep(), hMax);
            boolean freshPoint = true;
            boolean rejectedLast = false;
            int singular = 0;
            double hAccepted = 0;
            double errAccepted = 1;
            long accepted = 0;
            while (t < tEnd) {
                if (freshPoint) {
                    system.jacobian(t, z, jacobian);
                    jacobianEvaluations++;
                    timeDerivative(t);
                    freshPoint = false;
                }
                boolean last = t + 1.0001 * h >= tEnd;
                if (last) {
                    h = tEnd - t;
                }
                if (!factorize(h)) {
                    if (++singular >= MAX_SINGULAR) {
                        throw attempts.failure(t, h, "iteration matrix I/(h*gamma) - J is singular " + singular
                                + " times in a row");
                    }
                    h *= 0.5;
                    continue;
                }
                singular = 0;
                stages(t, h);
                double err = errorNorm();
                if (fixedStep > 0) {
                    attempts.count(t, h);
                    if (!Double.isFinite(err)) {
                        throw attempts.failure(t, h, "the state is no longer finite");
                    }
                } else {
                    err = attempts.judge(t, h, err);
                }
                if (fixedStep > 0 || err < 1) {
                    double tStart = t;
                    double step = h;
                    double tNew = last ? tEnd : t + h;
                    sampler.sampleUpTo(tNew, (time, out) -> dense((time - tStart) / step, out));
                    System.arraycopy(zNew, 0, z, 0, d);
                    t = tNew;
                    observer.stepAccepted(t, z, step);
                    accepted++;
                    freshPoint = true;
                    if (t < tEnd) {
                        evaluate(t, z, f0);
                    }
                    if (fixedStep > 0) {
                        h = fixedStep;
                        continue;
                    }
                    double factor = clampFactor(Math.pow(err, 0.25) / SAFETY);
                    if (accepted > 1) {
                        double predictive = (hAccepted / step) * Math.pow(err * err / errAccepted, 0.25) / SAFETY;
                        factor = Math.max(factor, clampFactor(predictive));
                    }
                    hAccepted = step;
                    errAccepted = Math.max(1e-2, err);
                    double hNew = Math.min(step / factor, hMax);
                    h = rejectedLast ? Math.min(hNew, step) : hNew;
                    rejectedLast = false;
                } else {
                    rejectedLast = true;
                    h /= clampFactor(Math.pow(err, 0.25) / SAFETY);
                }
            }
            return sampler.solution(new SolverStats(attempts.accepted(), attempts.rejected(), rhsEvaluations,
                    jacobianEvaluations, decompositions));
        }

        /** Clamps the divisor of h so that h_new = h / factor shrinks at most 5-fold and grows at most 6-fold. */
        private static double clampFactor(double factor) {
            return Math.max(1 / MAX_FACTOR, Math.min(1 / MIN_FACTOR, factor));
        }

        /** Hairer's first guess: 1% of the ratio of the scaled norms of z and f(t0, z). */
        private double initialStep() {
            double zNorm = 0;
            double fNorm = 0;
            for (int i = 0; i < d; i++) {
                double w = settings.weight(z[i], z[i]);
                zNorm += (z[i] / w) * (z[i] / w);
                fNorm += (f0[i] / w) * (f0[i] / w);
            }
            zNorm = Math.sqrt(zNorm / d);
            fNorm = Math.sqrt(fNorm / d);
            return zNorm < 1e-5 || fNorm < 1e-5 ? 1e-6 : 0.01 * zNorm / fNorm;
        }

        /** ∂f/∂t at (t, z) by a forward difference, into {@link #ft}. */
        private void timeDerivative(double t) {
            double delta = Math.sqrt(Math.ulp(1.0) * Math.max(1e-5, Math.abs(t)));
            evaluate(t + delta, z, argument);
            for (int i = 0; i < d; i++) {
                ft[i] = (argument[i] - f0[i]) / delta;
            }
        }

        /** Factorizes I/(hγ) − J; false when it is singular. */
        private boolean factorize(double h) {
            double diagonal = 1 / (h * GAMMA);
            double[] e = iteration.data;
            for (int i = 0; i < d * d; i++) {
                e[i] = -jacobian[i];
            }
            for (int i = 0; i < d; i++) {
                e[i * d + i] += diagonal;
            }
            decompositions++;
            return lu.setA(iteration) && !decomposition.isSingular();
        }

        /** Computes k_1..k_6 and the new state z + Σ a_6j k_j + k_6 into {@link #zNew}. */
        private void stages(double t, double h) {
            for (int s = 0; s < STAGES; s++) {
                if (s == 0) {
                    System.arraycopy(f0, 0, rhs, 0, d);
                } else {
                    combine(A[s], s, 1, argument);
                    evaluate(t + C[s] * h, argument, rhs);
                }
                for (int j = 0; j < s; j++) {
                    double c = COUPLING[s][j] / h;
                    for (int i = 0; i < d; i++) {
                        rhs[i] += c * k[j][i];
                    }
                }
                if (D[s] != 0) {
                    for (int i = 0; i < d; i++) {
                        rhs[i] += h * D[s] * ft[i];
                    }
                }
                lu.solve(rhsColumn, kColumns[s]);
            }
            combine(A[STAGES - 1], STAGES - 1, 1, zNew);
            for (int i = 0; i < d; i++) {
                zNew[i] += k[STAGES - 1][i];
            }
        }

        /** {@code out = z * base + Σ_{j<count} weights[j] k_j}. */
        private void combine(double[] weights, int count, double base, double[] out) {
            for (int i = 0; i < d; i++) {
                double sum = base * z[i];
                for (int j = 0; j < count; j++) {
                    sum += weights[j] * k[j][i];
                }
                out[i] = sum;
            }
        }

        /** The root-mean-square of k_6 scaled by the tolerance; NaN when the new state is not finite. */
        private double errorNorm() {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                if (!Double.isFinite(zNew[i])) {
                    return Double.NaN;
                }
                double scaled = k[STAGES - 1][i] / settings.weight(z[i], zNew[i]);
                sum += scaled * scaled;
            }
            return Math.sqrt(sum / d);
        }

        /** The dense output at θ in [0, 1] of the step just taken, before z is replaced. */
        private void dense(double theta, double[] out) {
            for (int i = 0; i < d; i++) {
                double q2 = 0;
                double q3 = 0;
                for (int j = 0; j < DENSE[0].length; j++) {
                    q2 += DENSE[0][j] * k[j][i];
                    q3 += DENSE[1][j] * k[j][i];
                }
                out[i] = (1 - theta) * z[i] + theta * (zNew[i] + (1 - theta) * (q2 + theta * q3));
            }
        }

        private void evaluate(double t, double[] state, double[] out) {
            system.rhs(t, state, out);
            rhsEvaluations++;
        }
    }
}
