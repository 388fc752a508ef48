package dev.parley.http.drf;

import dev.parley.core.domain.conversation.Conversation;
import java.time.Instant;

/** Response: one chat, {@code {"id", "title", "user", "created_at", "updated_at"}}. */
record ChatResponse(long id, String title, long user, Instant createdAt, Instant updatedAt) {

    static ChatResponse of(Conversation chat) {
        return new ChatResponse(chat.id().value(), chat.title(), chat.ownerId().value(), chat.createdAt(),
                chat.updatedAt());
    }
}
