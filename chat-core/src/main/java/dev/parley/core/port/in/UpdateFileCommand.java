package dev.parley.core.port.in;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** Command: change a file's display name or description; an empty field is left as it is. */
public record UpdateFileCommand(UserId user, FileId file, Optional<String> filename, Optional<String> description) {

    public UpdateFileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(description, "description");
    }
}
