package dev.parley.core.domain.file;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.ConversationId;
import java.util.Objects;
import java.util.Optional;

/** Value: which of a user's files to list: all, or one conversation's; a page of them, newest first. */
public record FileQuery(Optional<ConversationId> conversation, PageRequest page) {

    public FileQuery {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(page, "page");
    }
}
