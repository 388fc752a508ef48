package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Response: one message as seed 004 shows it (the document calls a message a "conversation"). Parley never
 * changes a stored message's time, so {@code updated_at} is its {@code created_at}.
 */
record ConversationResponse(UUID id, String role, UUID chatId, String message, Instant createdAt, Instant updatedAt) {

    static ConversationResponse of(Conversation chat, Message message) {
        return new ConversationResponse(MessageUuids.of(chat, message), Speaker.nameOf(message.role()), chat.uuid(),
                message.content(), message.createdAt(), message.createdAt());
    }
}
