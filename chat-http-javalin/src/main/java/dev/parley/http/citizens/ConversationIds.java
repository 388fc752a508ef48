package dev.parley.http.citizens;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
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

    /**
     * Reads the body of a request about conversation {@code id}. When it is bad, a conversation the caller does
     * not own is still answered 404 first, as DRF's {@code get_object()} runs before the body is validated.
     */
    static <T> T readBody(DialectSupport support, UserId user, ConversationId id, Supplier<T> read) {
        try {
            return read.get();
        } catch (HttpProblem invalid) {
            lookUp(() -> support.useCases().getConversation().get(new ConversationCommand(user, id)));
            throw invalid;
        }
    }
}
