package dev.parley.http.threads;

import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import java.util.Optional;

/** One message of a thread as seed 003 lists it: {@code sender} is "user" or "bot". */
record ThreadMessage(String sender, String content, String createdAt) {

    /** The message as listed, or empty for one the original had no sender for (a system prompt). */
    static Optional<ThreadMessage> of(Message message) {
        String sender = switch (message.role()) {
            case USER -> "user";
            case ASSISTANT -> "bot";
            case SYSTEM -> null;
        };
        return Optional.ofNullable(sender)
                .map(s -> new ThreadMessage(s, message.content(), DjangoTimes.format(message.createdAt())));
    }
}
