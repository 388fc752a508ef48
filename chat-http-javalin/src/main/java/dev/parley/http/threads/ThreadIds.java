package dev.parley.http.threads;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;

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
}
