package dev.parley.core.domain.conversation;

import dev.parley.core.domain.message.Message;
import java.util.List;
import java.util.Objects;

/** View: a conversation with its messages in sequence order. */
public record ConversationDetails(Conversation conversation, List<Message> messages) {

    public ConversationDetails {
        Objects.requireNonNull(conversation, "conversation");
        messages = List.copyOf(messages);
    }
}
