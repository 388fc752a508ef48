package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: a {@link ModelCatalog} fixed when it is built, from bindings and a default model
 * name. When two bindings share a name the first one wins and the clash is logged, so the outcome
 * depends only on the order of the list. Immutable and thread-safe.
 */
public final class StaticModelCatalog implements ModelCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StaticModelCatalog.class);

    private final Map<String, ModelBinding> byName;
    private final List<ModelDescriptor> models;
    private final String defaultModel;

    /**
     * @throws IllegalArgumentException when {@code defaultModel} is not the name of one of the bindings
     */
    public StaticModelCatalog(List<ModelBinding> bindings, String defaultModel) {
        Objects.requireNonNull(defaultModel, "defaultModel");
        Map<String, ModelBinding> sorted = new TreeMap<>();
        for (ModelBinding binding : List.copyOf(bindings)) {
            ModelBinding kept = sorted.putIfAbsent(binding.descriptor().name(), binding);
            if (kept != null && !kept.descriptor().equals(binding.descriptor())) {
                LOG.warn("Model name {} is offered by provider {} and by provider {}; keeping provider {}",
                        binding.descriptor().name(), kept.descriptor().provider(),
                        binding.descriptor().provider(), kept.descriptor().provider());
            }
        }
        if (!sorted.containsKey(defaultModel)) {
            throw new IllegalArgumentException("The default model '" + defaultModel
                    + "' is not one of the models on offer: " + sorted.keySet());
        }
        this.byName = Map.copyOf(sorted);
        this.models = sorted.values().stream().map(ModelBinding::descriptor).toList();
        this.defaultModel = defaultModel;
    }

    @Override
    public List<ModelDescriptor> models() {
        return models;
    }

    @Override
    public Optional<ModelBinding> resolve(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public String defaultModel() {
        return defaultModel;
    }
}
