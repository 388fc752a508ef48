package dev.parley.core.port.in;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: act on one file on behalf of a user (read it, download it, delete it). */
public record FileCommand(UserId user, FileId file) {

    public FileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(file, "file");
    }
}
