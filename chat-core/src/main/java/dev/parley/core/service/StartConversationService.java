package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.conversation.Titles;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.StartConversationUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.port.out.Transactions;
import java.time.Clock;

/** Use case service: opens an empty conversation on a known model. */
public final class StartConversationService implements StartConversationUseCase {

    private final ConversationRepository conversations;
    private final ModelChoice models;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public StartConversationService(ConversationRepository conversations, ModelCatalog catalog,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.conversations = conversations;
        this.models = new ModelChoice(catalog);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Conversation start(StartConversationCommand command) {
        String title = command.title() == null ? Titles.DEFAULT : Titles.valid(command.title());
        String model = models.requestedOr(command.model(), null).descriptor().name();
        NewConversation conversation =
                new NewConversation(ids.newUuid(), command.owner(), title, model, Timestamps.now(clock));
        return transactions.inTransaction(() -> conversations.create(conversation));
    }
}
