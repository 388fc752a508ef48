package dev.parley.core.port.in;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.UnknownModelException;
import dev.parley.core.domain.message.CancellationSignal;

/**
 * Incoming port: the send flow. The user's turns are committed before the model is called, so they
 * survive whatever happens next; the reply is saved when it ends: complete, or with the text
 * received so far marked partial (cancelled) or failed (provider error). Blocks until the reply ends.
 */
public interface SendMessageUseCase {

    /**
     * @throws InvalidInputException when there are no turns, the last is not a non-empty user
     *     message, or an option is out of range; nothing is stored
     * @throws UnknownModelException when the model is not in the catalog; nothing is stored
     * @throws NotFoundException when the conversation does not exist or belongs to someone else
     * @throws ProviderException when the provider failed; the failed reply is stored
     * @throws CancelledException when the signal or the observer stopped the reply; the partial reply is stored
     */
    Turn send(SendMessageCommand command, ReplyObserver observer, CancellationSignal cancellation);
}
