package dev.parley.http.v1;

import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import java.util.Locale;

/** Response: the caller's own account, {@code {id, username, email, role, is_active}}; role is "user" or "admin". */
record AccountResponse(long id, String username, String email, String role, boolean isActive) {

    static AccountResponse of(User user) {
        return new AccountResponse(user.id().value(), user.username(), user.email(), role(user.role()), user.active());
    }

    static String role(UserRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
