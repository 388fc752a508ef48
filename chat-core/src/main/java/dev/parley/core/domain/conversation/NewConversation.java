package dev.parley.core.domain.conversation;

import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Value: a conversation about to be stored; the store assigns the numeric id. */
public record NewConversation(UUID uuid, UserId ownerId, String title, String model, Instant createdAt) {

    public NewConversation {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
