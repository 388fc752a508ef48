package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: replace one's password, proving the current one. */
public record ChangePasswordCommand(UserId user, String currentPassword, String newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + ", currentPassword=<redacted>, newPassword=<redacted>]";
    }
}
