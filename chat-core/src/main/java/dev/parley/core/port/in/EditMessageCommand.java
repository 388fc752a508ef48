package dev.parley.core.port.in;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/**
 * Command: replace a message's content and attached file; the message keeps its conversation, place,
 * role and time.
 *
 * @param file one of one's files to attach, or null for none
 */
public record EditMessageCommand(UserId user, MessageId message, String content, FileId file) {

    public EditMessageCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(message, "message");
    }
}
