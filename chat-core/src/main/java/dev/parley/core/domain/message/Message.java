package dev.parley.core.domain.message;

import dev.parley.core.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * Entity: one turn of a conversation. {@code sequence} orders a conversation's messages (1, 2, 3…,
 * no gaps); {@code model} and {@code usage} are null for messages no model produced.
 */
public record Message(
        MessageId id,
        ConversationId conversationId,
        int sequence,
        Role role,
        String content,
        String model,
        TokenUsage usage,
        MessageStatus status,
        Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }
}
