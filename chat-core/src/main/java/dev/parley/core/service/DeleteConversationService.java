package dev.parley.core.service;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.DeleteConversationUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.Transactions;

/** Use case service: deletes an owned conversation and its messages. */
public final class DeleteConversationService implements DeleteConversationUseCase {

    private final ConversationRepository conversations;
    private final Transactions transactions;

    public DeleteConversationService(ConversationRepository conversations, Transactions transactions) {
        this.conversations = conversations;
        this.transactions = transactions;
    }

    @Override
    public void delete(ConversationCommand command) {
        boolean deleted = transactions.inTransaction(
                () -> conversations.deleteOwned(command.user(), command.conversation()));
        if (!deleted) {
            throw new NotFoundException(ConversationLookup.RESOURCE);
        }
    }
}
