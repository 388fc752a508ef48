package dev.parley.core.domain.usage;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Value: one user's tokens over a range of days, for administrators. */
public record UserUsageTotal(UserId user, String username, long promptTokens, long completionTokens, long replies) {

    public UserUsageTotal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(username, "username");
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
