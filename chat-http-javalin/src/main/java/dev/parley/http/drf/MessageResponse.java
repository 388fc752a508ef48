package dev.parley.http.drf;

import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.user.User;
import java.time.Instant;

/**
 * Response: one message, {@code {"id", "content", "chat", "user", "file", "role", "created_at"}}; {@code user}
 * is the chat's owner (a model's reply is in their chat too; {@code role} tells who spoke), {@code file} null
 * when none is attached.
 */
record MessageResponse(long id, String content, long chat, long user, Long file, String role, Instant createdAt) {

    static MessageResponse of(Message message, User owner) {
        return new MessageResponse(message.id().value(), message.content(), message.conversationId().value(),
                owner.id().value(), message.file() == null ? null : message.file().value(), message.role().wireName(),
                message.createdAt());
    }
}
