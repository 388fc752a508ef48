package dev.parley.core.domain.message;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.model.ImageInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Value: a message about to be appended; the store assigns its id and sequence number. {@code file} may be null. */
public record NewMessage(
        Role role,
        String content,
        List<ImageInput> images,
        String model,
        TokenUsage usage,
        MessageStatus status,
        RequestMetadata request,
        Instant createdAt,
        FileId file) {

    public NewMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        images = images == null ? List.of() : List.copyOf(images);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A message without an attached file. */
    public NewMessage(Role role, String content, List<ImageInput> images, String model, TokenUsage usage,
            MessageStatus status, RequestMetadata request, Instant createdAt) {
        this(role, content, images, model, usage, status, request, createdAt, null);
    }

    public NewMessage(Role role, String content, String model, TokenUsage usage, MessageStatus status,
            Instant createdAt) {
        this(role, content, List.of(), model, usage, status, null, createdAt, null);
    }

    /** A message a person wrote directly, as it stands, with the file they attached (null: none). */
    public static NewMessage written(Role role, String content, FileId file, Instant at) {
        return new NewMessage(role, content, List.of(), null, null, MessageStatus.COMPLETE, null, at, file);
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
