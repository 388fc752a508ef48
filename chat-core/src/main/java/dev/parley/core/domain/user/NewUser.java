package dev.parley.core.domain.user;

import java.time.Instant;
import java.util.Objects;

/** Value: a user about to be stored; the store assigns the id. */
public record NewUser(String username, String passwordHash, Instant createdAt) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", passwordHash=<redacted>, createdAt=" + createdAt + "]";
    }
}
