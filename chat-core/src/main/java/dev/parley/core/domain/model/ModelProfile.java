package dev.parley.core.domain.model;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Value: what the catalog knows about a model beyond where it lives. Null numbers mean "not
 * known": no context window means no trimming, no defaults mean the request's values (or the
 * provider's) apply.
 *
 * @param contextWindow the most tokens prompt and reply may hold together
 * @param defaultMaxTokens the reply length used when a request gives none
 * @param defaultTemperature the temperature used when a request gives none
 * @param aliases other names that pick this model
 * @param fallbacks models to try, in order, when this one is unavailable before its first token
 * @param capabilities what the model can do; always holds {@link ModelCapability#CHAT}
 */
public record ModelProfile(
        Integer contextWindow,
        Integer defaultMaxTokens,
        Double defaultTemperature,
        List<String> aliases,
        List<String> fallbacks,
        Set<ModelCapability> capabilities) {

    /** A model nothing is known about, beyond that it chats and streams. */
    public static final ModelProfile UNKNOWN = new ModelProfile(null, null, null, List.of(), List.of(),
            Set.of(ModelCapability.CHAT, ModelCapability.STREAMING));

    public ModelProfile {
        if (contextWindow != null && contextWindow < 16) {
            throw new InvalidInputException("context_window", "context_window must be at least 16 tokens");
        }
        // Validates the defaults with the same rules a request's options follow.
        new GenerationOptions(defaultTemperature, defaultMaxTokens);
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        fallbacks = List.copyOf(Objects.requireNonNull(fallbacks, "fallbacks"));
        EnumSet<ModelCapability> all = EnumSet.of(ModelCapability.CHAT);
        all.addAll(Objects.requireNonNull(capabilities, "capabilities"));
        capabilities = Set.copyOf(all);
    }

    public boolean can(ModelCapability capability) {
        return capabilities.contains(capability);
    }
}
