// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fsnn.api.tensor.Tensor;

/**
 * A node of a model's parameter tree: it owns named {@link Parameter}s and named child modules,
 * registered in its constructor.
 *
 * <p>{@link #parameters()} names every parameter by its path from this module, joined by dots
 * ({@code flow.coupling0.scale.dense1.weight}): the module's own parameters first, then each
 * child's, all in registration order. These names are the checkpoint keys, so they depend only
 * on how the model is built. A module instance belongs to one parent.
 */
public abstract class Module {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, Parameter> ownParameters = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();

    /** A module with nothing registered yet. */
    protected Module() {}

    /**
     * Registers a parameter with its initial value.
     *
     * @param name letters, digits and underscores, unique within this module
     */
    protected final Parameter parameter(String name, Tensor value) {
        checkName(name);
        Parameter p = new Parameter(name, value);
        ownParameters.put(name, p);
        return p;
    }

    /**
     * Registers a child module and returns it.
     *
     * @param name letters, digits and underscores, unique within this module
     */
    protected final <M extends Module> M child(String name, M module) {
        checkName(name);
        if (module == null || module == this) {
            throw new IllegalArgumentException("module '" + name + "' must be another, non-null module");
        }
        children.put(name, module);
        return module;
    }

    private void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("module entry name '" + name
                    + "' is invalid: use letters, digits and underscores, not starting with a digit");
        }
        if (ownParameters.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("module entry name '" + name + "' is already registered in "
                    + getClass().getSimpleName());
        }
    }

    /** Every parameter of the tree under its dotted path, in a stable order. */
    public final LinkedHashMap<String, Parameter> parameters() {
        LinkedHashMap<String, Parameter> out = new LinkedHashMap<>();
        collect("", out);
        return out;
    }

    private void collect(String prefix, Map<String, Parameter> out) {
        ownParameters.forEach((name, p) -> out.put(prefix + name, p));
        children.forEach((name, child) -> child.collect(prefix + name + ".", out));
    }

    /** The current value of every parameter, by the names of {@link #parameters()}. */
    public final LinkedHashMap<String, Tensor> state() {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        parameters().forEach((name, p) -> out.put(name, p.value()));
        return out;
    }

    /** The number of trainable scalars. */
    public final long parameterCount() {
        return parameters().values().stream().mapToLong(p -> p.shape().size()).sum();
    }

    /** Forgets every parameter's accumulated gradient. */
    public final void zeroGrad() {
        parameters().values().forEach(Parameter::zeroGrad);
    }

    /**
     * Sets every parameter from values by name, e.g. from a checkpoint; values on another backend
     * are copied to each parameter's backend. Nothing changes unless every check passes.
     *
     * @throws IllegalArgumentException naming every missing, unexpected or mis-shaped key
     */
    public final void load(Map<String, Tensor> values) {
        LinkedHashMap<String, Parameter> params = parameters();
        List<String> problems = new ArrayList<>();
        List<String> missing = params.keySet().stream().filter(k -> !values.containsKey(k)).toList();
        List<String> unexpected = values.keySet().stream().filter(k -> !params.containsKey(k)).sorted().toList();
        if (!missing.isEmpty()) {
            problems.add("missing keys " + missing);
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected keys " + unexpected);
        }
        params.forEach((name, p) -> {
            Tensor v = values.get(name);
            if (v != null && !v.shape().equals(p.shape())) {
                problems.add("key '" + name + "' has shape " + v.shape() + " but the parameter has shape " + p.shape());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("load into " + getClass().getSimpleName() + ": " + String.join("; ", problems));
        }
        params.forEach((name, p) -> {
            Tensor v = values.get(name);
            p.set(v.backend() == p.value().backend() ? v : p.value().backend().fromArray(v.toArray(), v.shape().dims()));
        });
    }
}
