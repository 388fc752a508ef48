package dev.parley.core.domain.user;

import java.time.Instant;
import java.util.Objects;

/** Entity: a person who chats. Carries no secret, so it is safe to hand to any adapter. */
public record User(UserId id, String username, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
