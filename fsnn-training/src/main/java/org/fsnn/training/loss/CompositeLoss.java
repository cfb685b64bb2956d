// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.loss.LossTerms;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;

/**
 * A weighted sum of losses that reports every part's terms separately. Term names must not clash
 * between parts.
 *
 * @param <M> the model type
 * @param <B> the batch type
 */
public final class CompositeLoss<M, B> implements Loss<M, B> {
    private final Class<M> modelType;
    private final Class<B> batchType;
    private final List<Part<M, B>> parts;

    /**
     * One weighted part.
     *
     * @param weight the factor on every term of the part, ≥ 0
     * @param loss the part
     * @param <M> the model type
     * @param <B> the batch type
     */
    public record Part<M, B>(double weight, Loss<M, B> loss) {
        /** Checks the weight. */
        public Part {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("composite loss: weights must be finite and >= 0, got " + weight);
            }
        }
    }

    /**
     * @param modelType the model type every part must accept
     * @param batchType the batch type every part must accept
     * @param parts the parts, at least one
     */
    public CompositeLoss(Class<M> modelType, Class<B> batchType, List<Part<M, B>> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("composite loss: needs at least one part");
        }
        for (Part<M, B> p : parts) {
            p.loss().as(modelType, batchType);
        }
        this.modelType = modelType;
        this.batchType = batchType;
        this.parts = List.copyOf(parts);
    }

    /**
     * A composite from config: {@code terms}, a list of objects each with {@code loss} (a plugin
     * name), optional {@code weight} (default 1) and that plugin's own keys.
     */
    public static <M, B> CompositeLoss<M, B> parse(ConfigNode config, Class<M> modelType, Class<B> batchType) {
        config.requireOnly("terms");
        Registry<LossProvider> registry = Registry.load(LossProvider.class);
        List<Part<M, B>> parts = new ArrayList<>();
        for (ConfigNode term : config.children("terms")) {
            Map<String, Object> rest = new LinkedHashMap<>(term.asMap());
            rest.remove("loss");
            rest.remove("weight");
            Loss<?, ?> loss = registry.get(term.getString("loss")).create(ConfigNode.of(term.path(), rest));
            parts.add(new Part<>(term.getDouble("weight", 1), loss.as(modelType, batchType)));
        }
        return new CompositeLoss<>(modelType, batchType, parts);
    }

    @Override
    public Class<M> modelType() {
        return modelType;
    }

    @Override
    public Class<B> batchType() {
        return batchType;
    }

    @Override
    public LossTerms terms(M model, B batch) {
        return shardTerms(model, List.of(batch), 0);
    }

    /** Each part's terms of the shard, weighted: splittable when every part is. */
    @Override
    public LossTerms shardTerms(M model, List<B> shards, int shard) {
        Map<String, Var> out = new LinkedHashMap<>();
        for (Part<M, B> p : parts) {
            p.loss().shardTerms(model, shards, shard).terms().forEach((name, v) -> {
                if (out.put(name, p.weight() == 1 ? v : Ops.mul(v, p.weight())) != null) {
                    throw new IllegalArgumentException("composite loss: two parts report a term named '" + name + "'");
                }
            });
        }
        return new LossTerms(out);
    }
}
