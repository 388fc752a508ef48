package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: an admin pages through all users. */
public record ListUsersCommand(UserId admin, int page, int pageSize) {

    public ListUsersCommand {
        Objects.requireNonNull(admin, "admin");
    }
}
