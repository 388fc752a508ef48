package dev.parley.core.domain.usage;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Value: one reply's token cost, kept in a ledger of its own so that deleting a conversation does
 * not rewrite what a user has spent. {@code estimated} marks counts Parley made with its tokenizer
 * because the provider reported none. {@code conversation} and {@code message} are null for tokens
 * spent outside any conversation, such as a prompt preview.
 */
public record UsageRecord(
        UserId user,
        ConversationId conversation,
        MessageId message,
        String model,
        String provider,
        TokenUsage usage,
        boolean estimated,
        Instant at) {

    public UsageRecord {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(at, "at");
    }
}
