package dev.parley.core.domain.model;

import dev.parley.core.domain.message.TokenUsage;
import java.util.Objects;

/**
 * Value: a provider's finished reply. {@code usage} is null when the provider reported none;
 * {@code finishReason} is the provider's own word ("stop", "length"), or null.
 */
public record ModelReply(String text, TokenUsage usage, String finishReason) {

    public ModelReply {
        Objects.requireNonNull(text, "text");
    }
}
