package dev.parley.core.port.in;

import dev.parley.core.domain.error.NotFoundException;

/** Incoming port: delete one of one's own conversations and everything in it, for good. */
public interface DeleteConversationUseCase {

    /** @throws NotFoundException when it does not exist or belongs to someone else */
    void delete(ConversationCommand command);
}
