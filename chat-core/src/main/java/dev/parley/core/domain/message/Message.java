package dev.parley.core.domain.message;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.model.ImageInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Entity: one turn of a conversation. {@code sequence} orders a conversation's messages (1, 2, 3…,
 * no gaps); {@code model}, {@code usage} and {@code request} are null for messages no model
 * produced; {@code images} are the images a user's message showed the model.
 */
public record Message(
        MessageId id,
        ConversationId conversationId,
        int sequence,
        Role role,
        String content,
        List<ImageInput> images,
        String model,
        TokenUsage usage,
        MessageStatus status,
        RequestMetadata request,
        Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        images = images == null ? List.of() : List.copyOf(images);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    /** A message without images or request metadata. */
    public Message(MessageId id, ConversationId conversationId, int sequence, Role role, String content,
            String model, TokenUsage usage, MessageStatus status, Instant createdAt) {
        this(id, conversationId, sequence, role, content, List.of(), model, usage, status, null, createdAt);
    }
}
