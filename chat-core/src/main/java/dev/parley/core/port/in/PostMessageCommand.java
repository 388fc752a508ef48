package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/**
 * Command: append a message to one of one's conversations as written, in any role, without asking a model.
 *
 * @param file one of one's files to attach, or null
 */
public record PostMessageCommand(UserId user, ConversationId conversation, Role role, String content, FileId file) {

    public PostMessageCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(role, "role");
    }
}
