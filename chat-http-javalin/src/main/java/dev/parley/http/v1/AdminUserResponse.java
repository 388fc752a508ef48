package dev.parley.http.v1;

import dev.parley.core.domain.user.User;
import java.time.Instant;

/** Response: a user as the admin routes show it, {@code {id, username, email, role, is_active, created_at}}. */
record AdminUserResponse(long id, String username, String email, String role, boolean isActive, Instant createdAt) {

    static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id().value(), user.username(), user.email(),
                AccountResponse.role(user.role()), user.active(), user.createdAt());
    }
}
