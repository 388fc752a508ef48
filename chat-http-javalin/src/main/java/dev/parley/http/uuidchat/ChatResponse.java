package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.Conversation;
import java.time.Instant;
import java.util.UUID;

/** Response: a chat as seed 004 shows it; its name is the conversation's title. */
record ChatResponse(UUID id, String name, Instant createdAt, Instant updatedAt) {

    static ChatResponse of(Conversation chat) {
        return new ChatResponse(chat.uuid(), chat.title(), chat.createdAt(), chat.updatedAt());
    }
}
