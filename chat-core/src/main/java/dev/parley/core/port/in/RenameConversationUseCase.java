package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;

/** Incoming port: retitle a conversation. */
public interface RenameConversationUseCase {

    /**
     * @throws NotFoundException when it does not exist or belongs to someone else
     * @throws InvalidInputException when the title is blank or too long
     */
    Conversation rename(RenameConversationCommand command);
}
