package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.HttpProblem;
import java.util.List;
import java.util.UUID;

/** Finds seed 004's chats: one by the UUID a client sent, or all of one's own. */
final class Chats {


    private final UseCases useCases;

    Chats(UseCases useCases) {
        this.useCases = useCases;
    }

    /**
     * The caller's chat named by {@code id} with its messages.
     *
     * @throws HttpProblem 404 when {@code id} is no UUID in its canonical form, or names no chat of the caller's
     */
    ConversationDetails find(UserId user, String id) {
        return useCases.getConversation().getByUuid(user, uuid(id));
    }

    /** Every one of the caller's chats, the latest updated first. */
    List<Conversation> all(UserId user) {
        return useCases.listConversations().all(user);
    }

    /** A malformed id names no chat, so it is answered as an unknown one is rather than as bad input. */
    private static UUID uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            // fromString also takes short forms such as "1-2-3-4-5"; only the canonical form names a chat.
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException malformed) {
            // Answered below, as an unknown chat.
        }
        throw HttpProblem.of(404, ErrorKey.CHAT_NOT_FOUND);
    }
}
