package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Seed 004 addresses each message ("conversation") by UUID, and Parley's messages have numeric ids only,
 * so a message's UUID is derived from what never changes about it: a name-based (version 3) UUID of
 * {@code "<chat uuid>/<message id>"}. The same message therefore has the same UUID in every answer and
 * after every restart, and no two messages share one.
 */
final class MessageUuids {

    private MessageUuids() {
    }

    static UUID of(Conversation chat, Message message) {
        String name = chat.uuid() + "/" + message.id().value();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
