package dev.parley.core.port.in;

import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: act on one message of one's own conversations (read it, delete it). */
public record MessageCommand(UserId user, MessageId message) {

    public MessageCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(message, "message");
    }
}
