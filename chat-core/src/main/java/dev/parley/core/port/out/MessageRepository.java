package dev.parley.core.port.out;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing port: where messages are kept. A conversation's messages are numbered 1, 2, 3… in the
 * order they were appended, with no gaps and no duplicates even when appends race; deleting one
 * moves the later ones up. Implementations
 * are thread-safe and join the caller's transaction when one is open. Callers check ownership on
 * the conversation first: this port does not. No method accepts or returns null.
 */
public interface MessageRepository {

    /**
     * Appends messages to a conversation in the given order and returns them as stored.
     *
     * @throws NotFoundException when the conversation does not exist
     */
    List<Message> append(ConversationId conversation, List<NewMessage> messages);

    /** A conversation's messages in sequence order; empty when it has none or does not exist. */
    List<Message> listByConversation(ConversationId conversation);

    /**
     * The messages of several conversations at once, each list in sequence order. Every requested id
     * is a key of the result, mapped to an empty list when it has no messages.
     */
    Map<ConversationId, List<Message>> listByConversations(Collection<ConversationId> conversations);

    /** The message with this id, in whichever conversation; the caller checks that conversation's owner. */
    Optional<Message> find(MessageId id);

    /** Every message of every conversation {@code owner} has, oldest id first. */
    List<Message> listOwnedBy(UserId owner);

    /**
     * Saves a message's content and attached file (nothing else changes) and returns it.
     *
     * @throws NotFoundException when there is no such message
     */
    Message update(Message message);

    /**
     * Deletes a message; the later messages of its conversation move up one, so the numbering keeps no gaps.
     *
     * @return false when there was no such message
     */
    boolean delete(MessageId id);
}
