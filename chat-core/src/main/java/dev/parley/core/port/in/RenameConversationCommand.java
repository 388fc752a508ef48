package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: give one of one's conversations a new title. */
public record RenameConversationCommand(UserId user, ConversationId conversation, String title) {

    public RenameConversationCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
    }
}
