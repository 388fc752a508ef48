package dev.parley.http.uuidchat;

import dev.parley.http.support.BodyFields;

/**
 * Request: add a message to a chat, {@code {"chat_id": ..., "role": "Human"|"Assistant", "message": ...}};
 * the role is read ignoring case. {@code chatId} is as sent: whether it names a chat is the lookup's to say.
 */
record ConversationRequest(String chatId, Speaker speaker, String message) {

    static ConversationRequest from(BodyFields body) {
        String chatId = body.requiredString("chat_id");
        String role = body.requiredChoice("role", Speaker.NAMES);
        String message = body.requiredString("message");
        body.throwIfInvalid();
        return new ConversationRequest(chatId, Speaker.named(role), message);
    }
}
