package dev.parley.http.citizens;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.message.Message;
import java.time.Instant;
import java.util.List;

/** Response: a conversation with its messages, oldest first, {@code {id, title, created_at, updated_at, messages}}. */
record ConversationResponse(long id, String title, Instant createdAt, Instant updatedAt, List<MessageResponse> messages) {

    static ConversationResponse of(ConversationDetails details) {
        return of(details.conversation(), details.messages());
    }

    static ConversationResponse of(Conversation conversation, List<Message> messages) {
        return new ConversationResponse(conversation.id().value(), conversation.title(), conversation.createdAt(),
                conversation.updatedAt(), messages.stream().map(MessageResponse::of).toList());
    }
}
