package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import java.util.List;
import java.util.Objects;

/**
 * Result: a completed exchange: the conversation as it now stands, the user's turns, the reply, and
 * why the provider stopped ("stop", "length", …; null when it did not say).
 */
public record Turn(Conversation conversation, List<Message> userMessages, Message reply, String finishReason) {

    public Turn {
        Objects.requireNonNull(conversation, "conversation");
        userMessages = List.copyOf(userMessages);
        Objects.requireNonNull(reply, "reply");
    }
}
