package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.port.in.SwitchModelCommand;
import dev.parley.core.port.in.SwitchModelUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.MessageRepository;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.port.out.Transactions;
import java.time.Clock;

/** Use case service: points an owned conversation at another model, keeping every message. */
public final class SwitchModelService implements SwitchModelUseCase {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationLookup lookup;
    private final ModelChoice models;
    private final Transactions transactions;
    private final Clock clock;

    public SwitchModelService(ConversationRepository conversations, MessageRepository messages,
            ModelCatalog catalog, Transactions transactions, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.lookup = new ConversationLookup(conversations);
        this.models = new ModelChoice(catalog);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ConversationDetails switchModel(SwitchModelCommand command) {
        String model = models.named(command.model()).descriptor().name();
        return transactions.inTransaction(() -> {
            Conversation current = lookup.lockedOwned(command.user(), command.conversation());
            Conversation switched = conversations.update(current.withModel(model, Timestamps.now(clock)));
            return new ConversationDetails(switched, messages.listByConversation(switched.id()));
        });
    }
}
