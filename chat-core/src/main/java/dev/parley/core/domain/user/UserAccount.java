package dev.parley.core.domain.user;

import java.util.Objects;

/** Entity view: a user together with the password hash that proves them; only the login flow reads it. */
public record UserAccount(User user, String passwordHash) {

    public UserAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "UserAccount[user=" + user + ", passwordHash=<redacted>]";
    }
}
