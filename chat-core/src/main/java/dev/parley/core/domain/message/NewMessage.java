package dev.parley.core.domain.message;

import java.time.Instant;
import java.util.Objects;

/** Value: a message about to be appended; the store assigns its id and sequence number. */
public record NewMessage(
        Role role, String content, String model, TokenUsage usage, MessageStatus status, Instant createdAt) {

    public NewMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A message a person wrote (or a system instruction they supplied). */
    public static NewMessage fromUser(Role role, String content, Instant at) {
        return new NewMessage(role, content, null, null, MessageStatus.COMPLETE, at);
    }
}
