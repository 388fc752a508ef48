package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: make a conversation's next replies come from another model. */
public record SwitchModelCommand(UserId user, ConversationId conversation, String model) {

    public SwitchModelCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
    }
}
