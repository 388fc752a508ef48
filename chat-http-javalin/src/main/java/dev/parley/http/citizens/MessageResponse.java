package dev.parley.http.citizens;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import java.time.Instant;

/**
 * Response element: a stored message with both key sets clients of this API know: the original code's
 * {@code {id, content, role, timestamp}} and the document's {@code {id, content, is_user, created_at}}.
 */
record MessageResponse(
        long id,
        String content,
        String role,
        Instant timestamp,
        @JsonProperty("is_user") boolean isUser,
        Instant createdAt) {

    static MessageResponse of(Message message) {
        return new MessageResponse(message.id().value(), message.content(), message.role().wireName(),
                message.createdAt(), message.role() == Role.USER, message.createdAt());
    }
}
