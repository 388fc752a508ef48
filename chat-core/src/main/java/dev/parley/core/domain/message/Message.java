package dev.parley.core.domain.message;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.model.ImageInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Entity: one turn of a conversation. {@code sequence} orders a conversation's messages (1, 2, 3…,
 * no gaps); {@code model}, {@code usage} and {@code request} are null for messages no model
 * produced; {@code images} are the images a user's message showed the model; {@code file} is the file a
 * person attached to a message they wrote directly (null: none).
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
        Instant createdAt,
        FileId file) {

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

    /** A message without an attached file. */
    public Message(MessageId id, ConversationId conversationId, int sequence, Role role, String content,
            List<ImageInput> images, String model, TokenUsage usage, MessageStatus status, RequestMetadata request,
            Instant createdAt) {
        this(id, conversationId, sequence, role, content, images, model, usage, status, request, createdAt, null);
    }

    /** This message with other content and attached file. */
    public Message edited(String newContent, FileId newFile) {
        return new Message(id, conversationId, sequence, role, newContent, images, model, usage, status, request,
                createdAt, newFile);
    }

    /** A message without images or request metadata. */
    public Message(MessageId id, ConversationId conversationId, int sequence, Role role, String content,
            String model, TokenUsage usage, MessageStatus status, Instant createdAt) {
        this(id, conversationId, sequence, role, content, List.of(), model, usage, status, null, createdAt, null);
    }
}
