package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.UnknownModelException;

/** Incoming port: open a new, empty conversation. */
public interface StartConversationUseCase {

    /**
     * @throws InvalidInputException when the title is blank or too long
     * @throws UnknownModelException when the model is not in the catalog
     */
    Conversation start(StartConversationCommand command);
}
