// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.solver.BatchIntegration;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Params;

/**
 * Many initial-value problems with different systems, start times, step lengths and directions as
 * one system, so that one {@link BatchIntegration} call integrates them all on many threads.
 *
 * <p>Member m integrates dx/dt = f_m(t, x) from t_m along t = t_m + c_m s. In the rescaled time
 * s the member's state obeys dx/ds = c_m f_m(t_m + c_m s, x); a negative c_m integrates backward in
 * t. The member's index rides along as a constant last state component (its derivative is zero, so
 * every solver carries it exactly), which is how the shared right-hand side knows which member it
 * is evaluating. All members are sampled at the same rescaled output times. The padding would
 * dilute the solvers' root-mean-square error norms by √(d/(d+1)); the tolerances are tightened by
 * that factor to make up for it ({@link SolverSpec#createPadded}).
 */
final class Ensemble implements DynamicalSystem {

    /** One problem: its system, start time t_m and time scale c_m. */
    record Member(DynamicalSystem system, double start, double scale) {
    }

    private final List<Member> members;
    private final int d;
    private final ThreadLocal<double[][]> scratch;

    private Ensemble(List<Member> members) {
        this.members = List.copyOf(members);
        this.d = members.getFirst().system().dimension();
        this.scratch = ThreadLocal.withInitial(() -> new double[][] {new double[d], new double[d], new double[d * d]});
    }

    /**
     * Integrates every member from its initial state and samples it at the rescaled times.
     *
     * @param solver the reference solver, created here with tolerances that make up for the padding
     * @param members the problems, all of one dimension
     * @param initial one initial state per member
     * @param outputs the rescaled output times s ≥ 0, non-decreasing
     * @return {@code [member][output][component]}
     */
    static double[][][] solve(SolverSpec solver, List<Member> members, double[][] initial, double[] outputs,
            int threads, ProgressListener progress) {
        if (members.size() != initial.length) {
            throw new IllegalArgumentException("ensemble: " + members.size() + " members but " + initial.length
                    + " initial states");
        }
        if (members.isEmpty()) {
            return new double[0][][];
        }
        Ensemble ensemble = new Ensemble(members);
        int d = ensemble.d;
        double[][] starts = new double[initial.length][];
        for (int m = 0; m < initial.length; m++) {
            if (members.get(m).system().dimension() != d || initial[m].length != d) {
                throw new IllegalArgumentException("ensemble member " + m + " has dimension "
                        + members.get(m).system().dimension() + " and a state of length " + initial[m].length
                        + "; expected " + d);
            }
            starts[m] = java.util.Arrays.copyOf(initial[m], d + 1);
            starts[m][d] = m;
        }
        List<Solution> solutions = BatchIntegration.solve(solver.createPadded(d), ensemble, 0, starts, outputs, threads, progress);
        double[][][] out = new double[initial.length][outputs.length][];
        for (int m = 0; m < initial.length; m++) {
            double[][] states = solutions.get(m).states();
            for (int k = 0; k < outputs.length; k++) {
                out[m][k] = java.util.Arrays.copyOf(states[k], d);
            }
        }
        return out;
    }

    private Member member(double[] z) {
        return members.get((int) Math.round(z[d]));
    }

    @Override
    public int dimension() {
        return d + 1;
    }

    @Override
    public Params params() {
        return members.getFirst().system().params();
    }

    @Override
    public void rhs(double s, double[] z, double[] dzds) {
        Member m = member(z);
        double[][] work = scratch.get();
        System.arraycopy(z, 0, work[0], 0, d);
        m.system().rhs(m.start() + m.scale() * s, work[0], work[1]);
        for (int i = 0; i < d; i++) {
            dzds[i] = m.scale() * work[1][i];
        }
        dzds[d] = 0;
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return members.getFirst().system().hasAnalyticJacobian();
    }

    @Override
    public void jacobian(double s, double[] z, double[] jac) {
        Member m = member(z);
        double[][] work = scratch.get();
        System.arraycopy(z, 0, work[0], 0, d);
        m.system().jacobian(m.start() + m.scale() * s, work[0], work[2]);
        java.util.Arrays.fill(jac, 0);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                jac[i * (d + 1) + j] = m.scale() * work[2][i * d + j];
            }
        }
    }

    @Override
    public void sampleInitialStates(SplittableRandom rng, int count, double[] out) {
        throw new UnsupportedOperationException("an ensemble's initial states are its members' own");
    }
}
