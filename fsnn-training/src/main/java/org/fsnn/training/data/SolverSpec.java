// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.Params;

/**
 * A reference solver by name with its tolerances.
 *
 * @param name the {@link SolverProvider} name, e.g. {@code dopri5}
 * @param rtol the relative tolerance (ignored by fixed-step solvers)
 * @param atol the absolute tolerance (ignored by fixed-step solvers)
 */
public record SolverSpec(String name, double rtol, double atol) {

    /** RK45 at 1e-8, the FSNN paper's trajectory solver (sections 5.2–5.5). */
    public static final SolverSpec TRAJECTORIES = new SolverSpec("dopri5", 1e-8, 1e-10);
    /** RK45 at rtol 1e-9, atol 1e-12, the burst integrations of the stiff operator-learning paper. */
    public static final SolverSpec BURSTS = new SolverSpec("dopri5", 1e-9, 1e-12);

    /** Validates the tolerances. */
    public SolverSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("solver: a name is required, e.g. dopri5");
        }
        if (!(rtol > 0 && atol > 0)) {
            throw new IllegalArgumentException("solver '" + name + "': rtol and atol must be positive, got rtol=" + rtol
                    + ", atol=" + atol);
        }
    }

    /** Reads {@code {"name", "rtol", "atol"}}, each defaulting to {@code fallback}'s. */
    public static SolverSpec fromConfig(ConfigNode node, SolverSpec fallback) {
        node.requireOnly("name", "rtol", "atol");
        return new SolverSpec(node.getString("name", fallback.name()), node.getDouble("rtol", fallback.rtol()),
                node.getDouble("atol", fallback.atol()));
    }

    /**
     * The solver, from the registered {@link SolverProvider} of this name; tolerances are passed to
     * the solvers that declare them.
     *
     * @throws org.fsnn.api.spi.PluginException for an unknown name, listing the known ones
     */
    public OdeSolver create() {
        return create(1);
    }

    /**
     * The solver for a state of {@code dimension} components padded with one error-free component:
     * the reference solvers' error norms are root-mean-squares over all components, so both
     * tolerances are scaled by √(d/(d+1)) to keep the norm over the d real components at the
     * requested tolerance (not below the provider's smallest valid value).
     */
    OdeSolver createPadded(int dimension) {
        return create(Math.sqrt(dimension / (dimension + 1.0)));
    }

    private OdeSolver create(double scale) {
        SolverProvider provider = Registry.load(SolverProvider.class).get(name);
        Map<String, Double> given = new LinkedHashMap<>();
        for (var spec : provider.parameters()) {
            if (spec.name().equals("rtol")) {
                given.put("rtol", Math.max(spec.min(), rtol * scale));
            } else if (spec.name().equals("atol")) {
                given.put("atol", Math.max(spec.min(), atol * scale));
            }
        }
        return provider.create(Params.resolve(name, provider.parameters(), given));
    }

    /** The settings as a JSON-ready map, for dataset headers. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("rtol", rtol);
        map.put("atol", atol);
        return map;
    }
}
