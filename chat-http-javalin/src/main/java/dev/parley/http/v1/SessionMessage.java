package dev.parley.http.v1;

import dev.parley.core.domain.message.Message;
import java.time.Instant;
import java.util.Locale;

/** Response element: a stored message, 002's {@code {role, content}} plus what Parley knows about it. */
record SessionMessage(
        String role,
        String content,
        long id,
        int sequence,
        String model,
        String status,
        UsageResponse usage,
        Instant createdAt) {

    static SessionMessage of(Message message) {
        return new SessionMessage(message.role().wireName(), message.content(), message.id().value(),
                message.sequence(), message.model(), message.status().name().toLowerCase(Locale.ROOT),
                UsageResponse.ofNullable(message.usage()), message.createdAt());
    }
}
