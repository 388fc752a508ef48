package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.NotFoundException;

/** Incoming port: read one of one's own conversations with its messages. */
public interface GetConversationUseCase {

    /** @throws NotFoundException when it does not exist or belongs to someone else */
    ConversationDetails get(ConversationCommand command);
}
