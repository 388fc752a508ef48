package dev.parley.core.domain.conversation;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: which of one owner's conversations to list. Filters are optional; the range is on creation
 * time, inclusive at both ends. Results come newest update first, ties broken by newest id.
 */
public record ConversationQuery(
        UserId ownerId,
        Optional<Instant> createdFrom,
        Optional<Instant> createdTo,
        Optional<String> model,
        PageRequest page) {

    public ConversationQuery {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(page, "page");
    }

    /** Everything one owner has, one page at a time. */
    public static ConversationQuery all(UserId ownerId, PageRequest page) {
        return new ConversationQuery(ownerId, Optional.empty(), Optional.empty(), Optional.empty(), page);
    }
}
