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
 * @param files the conversation's files put in the prompt (text, or images for a model that sees)
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
        String error,
        List<dev.parley.core.domain.file.FileUse> files) {

    public RequestMetadata {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(upstreamModel, "upstreamModel");
        Objects.requireNonNull(options, "options");
        trimmedSequences = List.copyOf(trimmedSequences);
        sources = List.copyOf(sources);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Metadata of a reply that used no files. */
    public RequestMetadata(String provider, String upstreamModel, String requestedModel, GenerationOptions options,
            Integer contextWindow, int promptTokens, int sentMessages, List<Integer> trimmedSequences,
            boolean usageEstimated, List<WebSource> sources, String error) {
        this(provider, upstreamModel, requestedModel, options, contextWindow, promptTokens, sentMessages,
                trimmedSequences, usageEstimated, sources, error, List.of());
    }

    public boolean trimmed() {
        return !trimmedSequences.isEmpty();
    }

    public RequestMetadata withUsageEstimated(boolean estimated) {
        return new RequestMetadata(provider, upstreamModel, requestedModel, options, contextWindow, promptTokens,
                sentMessages, trimmedSequences, estimated, sources, error, files);
    }

    public RequestMetadata withError(String message) {
        return new RequestMetadata(provider, upstreamModel, requestedModel, options, contextWindow, promptTokens,
                sentMessages, trimmedSequences, usageEstimated, sources, message, files);
    }
}
