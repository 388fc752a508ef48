package dev.parley.http.v1;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.message.Message;
import java.time.Instant;
import java.util.List;

/** Response: a chat session with its messages, as 002's history lists it ({@code application_id} is always null). */
record SessionResponse(
        long id,
        long userId,
        Long applicationId,
        String model,
        String title,
        List<SessionMessage> messages,
        Instant createdAt,
        Instant updatedAt) {

    static SessionResponse of(ConversationDetails details) {
        return of(details.conversation(), details.messages());
    }

    static SessionResponse of(Conversation conversation, List<Message> messages) {
        return new SessionResponse(conversation.id().value(), conversation.ownerId().value(), null,
                conversation.model(), conversation.title(), messages.stream().map(SessionMessage::of).toList(),
                conversation.createdAt(), conversation.updatedAt());
    }
}
