package dev.parley.http.v1;

import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.model.PromptMessage;

/** Request and response element: one message in 002's plain shape, {@code {role, content}}. */
record ChatMessage(String role, String content) {

    static ChatMessage of(Message message) {
        return new ChatMessage(message.role().wireName(), message.content());
    }

    static ChatMessage of(PromptMessage message) {
        return new ChatMessage(message.role().wireName(), message.content());
    }
}
