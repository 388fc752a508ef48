package dev.parley.core.testing;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Fake {@link ModelCatalog}: a fixed set of models, all served by the chat models given. */
public final class InMemoryModelCatalog implements ModelCatalog {

    private final Map<String, ModelBinding> bindings = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final String defaultModel;

    public InMemoryModelCatalog(List<ModelBinding> bindings, String defaultModel) {
        bindings.forEach(b -> this.bindings.putIfAbsent(b.descriptor().name(), b));
        if (!this.bindings.containsKey(defaultModel)) {
            throw new IllegalArgumentException("default model " + defaultModel + " is not in the catalog");
        }
        this.defaultModel = defaultModel;
    }

    /** Models named {@code names}, each with upstream id {@code "upstream-" + name}, all served by {@code model}. */
    public static InMemoryModelCatalog of(ChatModel model, String provider, String... names) {
        List<ModelBinding> bindings = java.util.Arrays.stream(names)
                .map(n -> new ModelBinding(new ModelDescriptor(n, provider, "upstream-" + n), model))
                .toList();
        return new InMemoryModelCatalog(bindings, names[0]);
    }

    /** Adds a model, or replaces the one of the same name; for tests that need more models. */
    public InMemoryModelCatalog put(ModelBinding binding) {
        bindings.put(binding.descriptor().name(), binding);
        return this;
    }

    /** Gives an existing model a profile (window, defaults, aliases, fallbacks). */
    public InMemoryModelCatalog profile(String name, dev.parley.core.domain.model.ModelProfile profile) {
        ModelBinding current = bindings.get(name);
        if (current == null) {
            throw new IllegalArgumentException("no model " + name);
        }
        bindings.put(name, new ModelBinding(current.descriptor().withProfile(profile), current.model()));
        return this;
    }

    @Override
    public List<ModelDescriptor> models() {
        return bindings.values().stream().map(ModelBinding::descriptor)
                .sorted(Comparator.comparing(ModelDescriptor::name)).toList();
    }

    @Override
    public Optional<ModelBinding> resolve(String name) {
        ModelBinding exact = bindings.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return bindings.values().stream().filter(b -> b.descriptor().profile().aliases().contains(name)).findFirst();
    }

    @Override
    public String defaultModel() {
        return defaultModel;
    }
}
