package dev.parley.core.port.out;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * Outgoing port: where conversations are kept. Every lookup is scoped to an owner: another user's
 * conversation is indistinguishable from a missing one. Implementations are thread-safe and join the
 * caller's transaction when one is open. No method accepts or returns null. Timestamps round-trip at
 * microsecond precision.
 */
public interface ConversationRepository {

    /** Stores a new conversation and returns it with its assigned id; created and updated time are equal. */
    Conversation create(NewConversation conversation);

    Optional<Conversation> findOwned(UserId owner, ConversationId id);

    Optional<Conversation> findOwnedByUuid(UserId owner, UUID uuid);

    /**
     * As {@link #findOwned}, and inside a transaction the conversation stays locked until that
     * transaction ends, so a read-modify-write in it cannot undo a concurrent change (another
     * transaction locking the same conversation waits). Outside a transaction it is {@link #findOwned}.
     */
    Optional<Conversation> lockOwned(UserId owner, ConversationId id);

    /**
     * Saves a conversation's title, model and update time (nothing else changes) and returns it.
     *
     * @throws NotFoundException when no such conversation belongs to its owner
     */
    Conversation update(Conversation conversation);

    /** Deletes an owned conversation with all its messages; false when there was none to delete. */
    boolean deleteOwned(UserId owner, ConversationId id);

    /** One page of an owner's conversations matching the query, newest update first, then newest id. */
    Page<Conversation> search(ConversationQuery query);
}
