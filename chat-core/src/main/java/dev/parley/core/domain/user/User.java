package dev.parley.core.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * Entity: a person who chats. Carries no secret, so it is safe to hand to any adapter.
 * {@code email} is null when none was given. {@code credentialGeneration} is stamped into every
 * credential issued to the user; raising it (logout, password change, deactivation) makes every
 * earlier credential worthless at once, on every node, because it is checked against the store.
 */
public record User(
        UserId id,
        String username,
        String email,
        UserRole role,
        boolean active,
        long credentialGeneration,
        Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An active, ordinary user without e-mail, at generation 0. */
    public User(UserId id, String username, Instant createdAt) {
        this(id, username, null, UserRole.USER, true, 0, createdAt);
    }

    public boolean isAdmin() {
        return role == UserRole.ADMIN;
    }
}
