package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.Titles;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.RenameConversationUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.Transactions;
import java.time.Clock;

/** Use case service: retitles an owned conversation. */
public final class RenameConversationService implements RenameConversationUseCase {

    private final ConversationRepository conversations;
    private final ConversationLookup lookup;
    private final Transactions transactions;
    private final Clock clock;

    public RenameConversationService(ConversationRepository conversations, Transactions transactions, Clock clock) {
        this.conversations = conversations;
        this.lookup = new ConversationLookup(conversations);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Conversation rename(RenameConversationCommand command) {
        String title = Titles.valid(command.title());
        return transactions.inTransaction(() -> {
            Conversation current = lookup.lockedOwned(command.user(), command.conversation());
            return conversations.update(current.withTitle(title, Timestamps.now(clock)));
        });
    }
}
