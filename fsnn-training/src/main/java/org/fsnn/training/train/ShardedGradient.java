// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fsnn.api.autodiff.Gradients;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.MemoryScope;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.nn.Module;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;

/**
 * The loss terms and parameter gradients of one batch given as shards ({@link Loss#shardTerms}),
 * each shard evaluated on a thread of its own when the backend allows it
 * ({@link Backend#concurrent()}) and one after another when it does not.
 *
 * <p>The shards' terms and gradients are added in shard order, so the result depends on how the
 * batch is split, never on which thread ran what: a seeded run gives the same bits with the
 * shards run concurrently or in turn. With one shard this is the plain gradient of the batch.
 * The gradients are made in the caller's current memory scope.
 *
 * @param <M> the model type
 * @param <B> the batch type
 */
public final class ShardedGradient<M extends Module, B> implements AutoCloseable {
    private final Loss<M, B> loss;
    private final boolean threads;
    private ExecutorService workers;

    /** A shard's terms, and its gradients by parameter name (null when a term is not finite). */
    private record Shard(Map<String, Double> values, Map<String, Tensor> grads) {}

    /**
     * The sum over shards of the terms and of the gradients.
     *
     * @param values each term's value over the whole batch, in the loss's order
     * @param grads the gradient of the total loss by parameter name, or null when a term is not
     *     finite (no backward pass is run then)
     */
    public record Result(Map<String, Double> values, Map<String, Tensor> grads) {}

    /** @param loss the objective; it must support {@link Loss#shardTerms} for more than one shard */
    public ShardedGradient(Loss<M, B> loss) {
        this(loss, true);
    }

    /** @param threads whether shards may run on threads of their own when the backend allows it */
    ShardedGradient(Loss<M, B> loss, boolean threads) {
        this.loss = loss;
        this.threads = threads;
    }

    /**
     * Evaluates the shards of one batch.
     *
     * @param model the model; its parameters are read, not changed
     * @param shards the batch's parts, at least one
     * @throws IllegalArgumentException if the loss cannot be split and there are several shards
     */
    public Result evaluate(M model, List<B> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("sharded gradient: no shards");
        }
        Map<String, Parameter> params = model.parameters();
        Backend backend = params.values().iterator().next().value().backend();
        params.values().forEach(Parameter::var); // the leaves every shard's tape differentiates to
        List<Shard> results = new ArrayList<>(shards.size());
        if (shards.size() == 1 || !threads || !backend.concurrent()) {
            for (int s = 0; s < shards.size(); s++) {
                results.add(shard(model, params, backend, shards, s));
            }
        } else {
            List<Future<Shard>> others = new ArrayList<>();
            for (int s = 1; s < shards.size(); s++) {
                int index = s;
                others.add(workers(shards.size() - 1).submit(() -> shard(model, params, backend, shards, index)));
            }
            results.add(shard(model, params, backend, shards, 0));
            for (Future<Shard> f : others) {
                results.add(join(f));
            }
        }
        return sum(results, params);
    }

    private Shard shard(M model, Map<String, Parameter> params, Backend backend, List<B> shards, int s) {
        try (MemoryScope scope = backend.scope(); Tape tape = Tape.open()) {
            LossTerms terms = loss.shardTerms(model, shards, s);
            Map<String, Double> values = terms.values();
            if (!values.values().stream().allMatch(Double::isFinite)) {
                return new Shard(values, null);
            }
            Gradients g = tape.gradient(terms.total());
            Map<String, Tensor> grads = new LinkedHashMap<>();
            params.forEach((name, p) -> grads.put(name, scope.keep(g.of(p.var()))));
            return new Shard(values, grads);
        }
    }

    private static Result sum(List<Shard> shards, Map<String, Parameter> params) {
        Map<String, Double> values = new LinkedHashMap<>();
        boolean finite = true;
        for (Shard s : shards) {
            s.values().forEach((name, v) -> values.merge(name, v, Double::sum));
            finite &= s.grads() != null;
        }
        if (!finite) {
            return new Result(values, null);
        }
        Map<String, Tensor> grads = new LinkedHashMap<>();
        for (String name : params.keySet()) {
            Tensor g = shards.get(0).grads().get(name);
            for (int s = 1; s < shards.size(); s++) {
                g = g.backend().zip(BinaryOp.ADD, g, shards.get(s).grads().get(name));
            }
            grads.put(name, g);
        }
        return new Result(values, grads);
    }

    private synchronized ExecutorService workers(int count) {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(count, r -> {
                Thread t = new Thread(r, "fsnn-shard");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    private static Shard join(Future<Shard> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sharded gradient: interrupted while waiting for a shard", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("sharded gradient: a shard failed: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the shard threads, if any were started. */
    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }
}
