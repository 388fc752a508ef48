package dev.parley.core.domain.user;

import java.time.Instant;
import java.util.Objects;

/** Value: a user about to be stored (active, at credential generation 0); the store assigns the id. */
public record NewUser(String username, String email, String passwordHash, UserRole role, Instant createdAt) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An ordinary user without e-mail. */
    public NewUser(String username, String passwordHash, Instant createdAt) {
        this(username, null, passwordHash, UserRole.USER, createdAt);
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", email=" + email + ", passwordHash=<redacted>, role=" + role
                + ", createdAt=" + createdAt + "]";
    }
}
