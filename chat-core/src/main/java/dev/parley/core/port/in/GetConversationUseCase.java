package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import java.util.UUID;

/** Incoming port: read one of one's own conversations with its messages. */
public interface GetConversationUseCase {

    /** @throws NotFoundException when it does not exist or belongs to someone else */
    ConversationDetails get(ConversationCommand command);

    /**
     * The conversation with the UUID {@code uuid} (its other identity, by which some dialects address it).
     *
     * @throws NotFoundException when it does not exist or belongs to someone else
     */
    ConversationDetails getByUuid(UserId user, UUID uuid);
}
