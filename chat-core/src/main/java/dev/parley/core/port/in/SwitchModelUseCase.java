package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.UnknownModelException;

/** Incoming port: switch a conversation's model; its history is kept and goes to the new model. */
public interface SwitchModelUseCase {

    /**
     * @throws NotFoundException when it does not exist or belongs to someone else
     * @throws UnknownModelException when the model is not in the catalog
     */
    ConversationDetails switchModel(SwitchModelCommand command);
}
