// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.Solution;
import org.fsnn.api.solver.SolverStats;
import org.fsnn.api.solver.StepObserver;
import org.fsnn.api.system.DynamicalSystem;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.EmbeddedRungeKuttaIntegrator;

/**
 * An explicit embedded Runge–Kutta pair of Hipparchus behind {@link OdeSolver}: Hipparchus
 * controls the step size from the mixed error estimate {@code atol + rtol * |z|} and provides the
 * continuous extension that samples the output times.
 *
 * <p>Hipparchus integrators are mutable, so each call builds its own; this class only holds the
 * settings and is safe to share between threads.
 */
final class EmbeddedRungeKuttaSolver implements OdeSolver {

    /** Builds a Hipparchus integrator whose error estimates pass through {@link StepAttempts#judge}. */
    @FunctionalInterface
    interface IntegratorFactory {
        /**
         * @param maxStep the largest step, the length of the integration interval
         * @param settings the tolerances
         * @param attempts to be told of every error estimate, through an override of
         *     {@code estimateError} that returns {@code attempts.judge(stepStart, h, error)}
         */
        EmbeddedRungeKuttaIntegrator create(double maxStep, SolverSettings settings, StepAttempts attempts);
    }

    private final String name;
    private final SolverSettings settings;
    private final IntegratorFactory factory;

    EmbeddedRungeKuttaSolver(String name, SolverSettings settings, IntegratorFactory factory) {
        this.name = name;
        this.settings = settings;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Solution solve(DynamicalSystem system, double t0, double[] z0, double[] outputTimes,
            StepObserver observer) {
        Problem.check(name, system, t0, z0, outputTimes);
        OutputSampler sampler = new OutputSampler(t0, z0, outputTimes);
        if (sampler.done()) {
            return sampler.solution(SolverStats.ZERO);
        }
        double tEnd = sampler.endTime();
        StepAttempts attempts = new StepAttempts(name, settings, tEnd);
        EmbeddedRungeKuttaIntegrator integrator = factory.create(tEnd - t0, settings, attempts);
        integrator.addStepHandler(interpolator -> {
            ODEStateAndDerivative start = interpolator.getPreviousState();
            ODEStateAndDerivative end = interpolator.getCurrentState();
            sampler.sampleUpTo(end.getTime(), (t, out) -> System.arraycopy(
                    interpolator.getInterpolatedState(t).getPrimaryState(), 0, out, 0, out.length));
            observer.stepAccepted(end.getTime(), end.getPrimaryState(), end.getTime() - start.getTime());
        });
        long[] evaluations = {0};
        int d = system.dimension();
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return d;
            }

            @Override
            public double[] computeDerivatives(double t, double[] z) {
                double[] dzdt = new double[d];
                system.rhs(t, z, dzdt);
                evaluations[0]++;
                return dzdt;
            }
        };
        try {
            integrator.integrate(new ExpandableODE(ode), new ODEState(t0, z0.clone()), tEnd);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw attempts.failure(integrator.getStepStart() == null ? t0 : integrator.getStepStart().getTime(),
                    integrator.getCurrentSignedStepsize(), e.getMessage());
        }
        return sampler.solution(new SolverStats(attempts.accepted(), attempts.rejected(), evaluations[0], 0, 0));
    }

    @Override
    public String toString() {
        return name + "(" + settings.tolerance() + ")";
    }
}
