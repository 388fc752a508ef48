package dev.parley.http.v1;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.http.support.HttpProblem;

/** The /v1 word for a conversation is "chat session"; this turns a client's session id into the core's. */
final class Sessions {

    static final String NOT_FOUND = "Chat session not found";

    private Sessions() {
    }

    /** A session id from a body: one that cannot exist is reported as not found, like a missing one. */
    static ConversationId id(long sessionId) {
        if (sessionId < 1) {
            throw HttpProblem.of(404, NOT_FOUND);
        }
        return new ConversationId(sessionId);
    }
}
