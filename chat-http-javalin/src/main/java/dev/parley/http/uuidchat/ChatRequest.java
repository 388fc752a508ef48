package dev.parley.http.uuidchat;

import dev.parley.http.support.BodyFields;

/**
 * Request: create or update a chat, {@code {"name": ...}}. The update's {@code updated_at} is read by
 * nobody: the server keeps its own clock, so a client cannot backdate a chat.
 */
record ChatRequest(String name) {

    static ChatRequest from(BodyFields body) {
        String name = body.requiredString("name");
        body.throwIfInvalid();
        return new ChatRequest(name);
    }
}
