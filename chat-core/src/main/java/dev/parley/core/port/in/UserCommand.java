package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: act on one's own account (log out everywhere, delete it). */
public record UserCommand(UserId user) {

    public UserCommand {
        Objects.requireNonNull(user, "user");
    }
}
