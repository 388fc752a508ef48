package dev.parley.http.threads;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * A thread's id in a path, as Django's {@code <int:thread_id>} matches it: anything but a positive whole
 * number names no thread, so it is answered 404 like a missing one.
 */
final class ThreadIds {

    static final String PARAM = "thread_id";

    private ThreadIds() {
    }

    static ConversationId of(Context ctx) {
        String raw = ctx.pathParam(PARAM);
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProblem.of(404, ThreadsErrors.THREAD_NOT_FOUND);
        }
        long id = Long.parseLong(raw);
        if (id < 1) {
            throw HttpProblem.of(404, ThreadsErrors.THREAD_NOT_FOUND);
        }
        return new ConversationId(id);
    }

    /**
     * Reads a request's body about thread {@code id} with {@code reader}; when the body is refused, the thread is
     * looked up first, so that another user's thread is 404 whatever the body, as the original's
     * {@code get_object_or_404} answered before it read the body.
     */
    static <T> T readAbout(DialectSupport support, UserId user, ConversationId id, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (HttpProblem refused) {
            support.useCases().getConversation().get(new ConversationCommand(user, id));
            throw refused;
        }
    }
}
