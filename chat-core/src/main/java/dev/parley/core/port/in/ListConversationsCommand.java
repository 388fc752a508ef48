package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Command: page through one's conversations, optionally filtered by creation time and model. */
public record ListConversationsCommand(
        UserId user,
        Optional<Instant> createdFrom,
        Optional<Instant> createdTo,
        Optional<String> model,
        int page,
        int pageSize) {

    public ListConversationsCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(model, "model");
    }
}
