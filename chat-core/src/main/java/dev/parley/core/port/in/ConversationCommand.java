package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: act on one conversation on behalf of a user (read it, delete it). */
public record ConversationCommand(UserId user, ConversationId conversation) {

    public ConversationCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
    }
}
