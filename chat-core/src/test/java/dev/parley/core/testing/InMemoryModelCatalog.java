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

    private final Map<String, ModelBinding> bindings = new TreeMap<>();
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

    @Override
    public List<ModelDescriptor> models() {
        return bindings.values().stream().map(ModelBinding::descriptor)
                .sorted(Comparator.comparing(ModelDescriptor::name)).toList();
    }

    @Override
    public Optional<ModelBinding> resolve(String name) {
        return Optional.ofNullable(bindings.get(name));
    }

    @Override
    public String defaultModel() {
        return defaultModel;
    }
}
