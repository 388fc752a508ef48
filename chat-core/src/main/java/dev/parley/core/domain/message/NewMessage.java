package dev.parley.core.domain.message;

import dev.parley.core.domain.model.ImageInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Value: a message about to be appended; the store assigns its id and sequence number. */
public record NewMessage(
        Role role,
        String content,
        List<ImageInput> images,
        String model,
        TokenUsage usage,
        MessageStatus status,
        RequestMetadata request,
        Instant createdAt) {

    public NewMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        images = images == null ? List.of() : List.copyOf(images);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public NewMessage(Role role, String content, String model, TokenUsage usage, MessageStatus status,
            Instant createdAt) {
        this(role, content, List.of(), model, usage, status, null, createdAt);
    }

    /** A message a person wrote (or a system instruction they supplied). */
    public static NewMessage fromUser(Role role, String content, Instant at) {
        return new NewMessage(role, content, null, null, MessageStatus.COMPLETE, at);
    }

    /** A message a person wrote, showing the model some images. */
    public static NewMessage fromUser(Role role, String content, List<ImageInput> images, Instant at) {
        return new NewMessage(role, content, images, null, null, MessageStatus.COMPLETE, null, at);
    }
}
