package dev.parley.http.citizens;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.http.support.HttpProblem;
import dev.parley.core.domain.error.NotFoundException;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The conversation a path names. Django's {@code <int:pk>} route matches digits only, so any other id
 * names no conversation: 404, like another user's.
 */
final class ConversationIds {

    static final String PARAM = "conversation_id";
    static final String NOT_FOUND = "Conversation not found";

    private ConversationIds() {
    }

    static ConversationId of(Context ctx) {
        String raw = ctx.pathParam(PARAM);
        try {
            long id = raw.chars().allMatch(Character::isDigit) ? Long.parseLong(raw) : 0;
            if (id > 0) {
                return new ConversationId(id);
            }
        } catch (NumberFormatException tooLarge) {
            // Answered below, like any id that names nothing.
        }
        throw HttpProblem.of(404, NOT_FOUND);
    }

    /** Runs a call of the core about one conversation, answering its "not found" in this API's words. */
    static <T> T lookUp(Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw HttpProblem.of(404, NOT_FOUND);
        }
    }
}
