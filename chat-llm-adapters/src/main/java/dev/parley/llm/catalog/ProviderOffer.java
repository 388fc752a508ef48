package dev.parley.llm.catalog;

import dev.parley.core.port.out.ChatModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Composition-root value: one configured provider as the catalog sees it: its name, the adapter that
 * serves it, the model ids configuration names for it, and how to ask it for the rest (a step that
 * answers an empty list, never throws, when the provider is down).
 */
public record ProviderOffer(String provider, ChatModel model, List<String> configuredModels,
        Supplier<List<String>> discovery) {

    public ProviderOffer {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        configuredModels = List.copyOf(configuredModels);
        Objects.requireNonNull(discovery, "discovery");
    }

    /** The same offer served by {@code replacement}, such as the adapter wrapped in retries and time limits. */
    public ProviderOffer withModel(ChatModel replacement) {
        return new ProviderOffer(provider, replacement, configuredModels, discovery);
    }
}
