package dev.parley.core.domain.message;

import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.search.WebSource;
import java.util.List;
import java.util.Objects;

/**
 * Value: what Parley actually asked the provider for a reply, stored with the reply so nothing
 * that shaped it is silent.
 *
 * @param provider the provider that answered (or failed)
 * @param upstreamModel the provider's own id of the model
 * @param requestedModel the model the conversation asked for, when a fallback answered instead;
 *     otherwise null
 * @param options the sampling options sent, after the catalog's defaults were applied
 * @param contextWindow the model's window in tokens, or null when unknown (then nothing is trimmed)
 * @param promptTokens the prompt's size as counted by Parley's tokenizer
 * @param sentMessages how many messages were sent
 * @param trimmedSequences the sequence numbers of older messages left out to fit the window
 * @param usageEstimated whether the stored usage was counted by Parley because the provider gave none
 * @param sources the web search results put in the prompt, numbered from 1 in this order
 * @param error the sentence the user was shown when the reply failed, or null
 */
public record RequestMetadata(
        String provider,
        String upstreamModel,
        String requestedModel,
        GenerationOptions options,
        Integer contextWindow,
        int promptTokens,
        int sentMessages,
        List<Integer> trimmedSequences,
        boolean usageEstimated,
        List<WebSource> sources,
        String error) {

    public RequestMetadata {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(upstreamModel, "upstreamModel");
        Objects.requireNonNull(options, "options");
        trimmedSequences = List.copyOf(trimmedSequences);
        sources = List.copyOf(sources);
    }

    public boolean trimmed() {
        return !trimmedSequences.isEmpty();
    }

    public RequestMetadata withUsageEstimated(boolean estimated) {
        return new RequestMetadata(provider, upstreamModel, requestedModel, options, contextWindow, promptTokens,
                sentMessages, trimmedSequences, estimated, sources, error);
    }

    public RequestMetadata withError(String message) {
        return new RequestMetadata(provider, upstreamModel, requestedModel, options, contextWindow, promptTokens,
                sentMessages, trimmedSequences, usageEstimated, sources, message);
    }
}
