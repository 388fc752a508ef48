package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import java.util.HashMap;
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
 * depends only on the order of the list. Each kept model's aliases (its profile's) resolve to it,
 * exactly as spelled. Immutable and thread-safe.
 */
public final class StaticModelCatalog implements ModelCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StaticModelCatalog.class);

    private final Map<String, ModelBinding> byName;
    private final Map<String, ModelBinding> byAlias;
    private final List<ModelDescriptor> models;
    private final String defaultModel;

    /**
     * @throws IllegalArgumentException when {@code defaultModel} is not the name of one of the bindings,
     *     or an alias of a kept binding is another model's name or another model's alias
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
        this.byAlias = aliases(sorted);
        this.models = sorted.values().stream().map(ModelBinding::descriptor).toList();
        this.defaultModel = defaultModel;
    }

    private static Map<String, ModelBinding> aliases(Map<String, ModelBinding> byName) {
        Map<String, ModelBinding> byAlias = new HashMap<>();
        for (ModelBinding binding : byName.values()) {
            String name = binding.descriptor().name();
            for (String alias : binding.descriptor().profile().aliases()) {
                if (byName.containsKey(alias)) {
                    throw new IllegalArgumentException("The alias '" + alias + "' of model '" + name
                            + "' is also the name of a model");
                }
                ModelBinding other = byAlias.putIfAbsent(alias, binding);
                if (other != null && other != binding) {
                    throw new IllegalArgumentException("The alias '" + alias + "' is given to model '"
                            + other.descriptor().name() + "' and to model '" + name + "'");
                }
            }
        }
        return Map.copyOf(byAlias);
    }

    @Override
    public List<ModelDescriptor> models() {
        return models;
    }

    @Override
    public Optional<ModelBinding> resolve(String name) {
        Objects.requireNonNull(name, "name");
        ModelBinding binding = byName.get(name);
        return Optional.ofNullable(binding != null ? binding : byAlias.get(name));
    }

    @Override
    public String defaultModel() {
        return defaultModel;
    }
}
