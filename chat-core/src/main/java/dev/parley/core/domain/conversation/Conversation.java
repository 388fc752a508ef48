package dev.parley.core.domain.conversation;

import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Entity: one chat between a user and models. It has a numeric id and a UUID (dialects address it
 * by either), one owner, a title, and the model its next reply will use.
 */
public record Conversation(
        ConversationId id,
        UUID uuid,
        UserId ownerId,
        String title,
        String model,
        Instant createdAt,
        Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isOwnedBy(UserId user) {
        return ownerId.equals(user);
    }

    public Conversation withTitle(String newTitle, Instant at) {
        return new Conversation(id, uuid, ownerId, newTitle, model, createdAt, at);
    }

    public Conversation withModel(String newModel, Instant at) {
        return new Conversation(id, uuid, ownerId, title, newModel, createdAt, at);
    }

    public Conversation touchedAt(Instant at) {
        return new Conversation(id, uuid, ownerId, title, model, createdAt, at);
    }
}
