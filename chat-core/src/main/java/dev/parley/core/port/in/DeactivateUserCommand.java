package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: an admin deactivates the user named {@code username}. */
public record DeactivateUserCommand(UserId admin, String username) {

    public DeactivateUserCommand {
        Objects.requireNonNull(admin, "admin");
    }
}
