package dev.parley.core.port.in;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.user.UserId;
import java.net.URI;
import java.util.Objects;

/**
 * Command: ask a model one question outside any conversation, optionally about a document: one of one's
 * files, or a public web page or document. At most one of {@code file} and {@code url} is given.
 *
 * @param model the model to ask, or null for the catalog default
 */
public record AskCommand(UserId user, String prompt, String model, FileId file, URI url) {

    public AskCommand {
        Objects.requireNonNull(user, "user");
        if (file != null && url != null) {
            throw new IllegalArgumentException("a question is about one document at most");
        }
    }
}
