package dev.parley.core.testing;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.ConversationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fake {@link ConversationRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryConversationRepository implements ConversationRepository {

    private static final Comparator<Conversation> NEWEST_UPDATE_FIRST = Comparator
            .comparing(Conversation::updatedAt).reversed()
            .thenComparing(c -> c.id().value(), Comparator.reverseOrder());

    private final InMemoryDatabase database;

    public InMemoryConversationRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public Conversation create(NewConversation c) {
        return database.operate(state -> {
            Conversation created = new Conversation(new ConversationId(++state.lastConversationId), c.uuid(),
                    c.ownerId(), c.title(), c.model(), c.createdAt(), c.createdAt());
            state.conversations.put(created.id().value(), created);
            return created;
        });
    }

    @Override
    public Optional<Conversation> findOwned(UserId owner, ConversationId id) {
        return database.operate(state -> Optional.ofNullable(state.conversations.get(id.value()))
                .filter(c -> c.isOwnedBy(owner)));
    }

    /** Transactions on the in-memory database already run one at a time, so a plain read is locked enough. */
    @Override
    public Optional<Conversation> lockOwned(UserId owner, ConversationId id) {
        return findOwned(owner, id);
    }

    @Override
    public Optional<Conversation> findOwnedByUuid(UserId owner, UUID uuid) {
        return database.operate(state -> state.conversations.values().stream()
                .filter(c -> c.uuid().equals(uuid) && c.isOwnedBy(owner))
                .findFirst());
    }

    @Override
    public Conversation update(Conversation changed) {
        return database.operate(state -> {
            Conversation stored = state.conversations.get(changed.id().value());
            if (stored == null || !stored.isOwnedBy(changed.ownerId())) {
                throw new NotFoundException("Chat session");
            }
            Conversation updated = new Conversation(stored.id(), stored.uuid(), stored.ownerId(),
                    changed.title(), changed.model(), stored.createdAt(), changed.updatedAt());
            state.conversations.put(updated.id().value(), updated);
            return updated;
        });
    }

    @Override
    public boolean deleteOwned(UserId owner, ConversationId id) {
        return database.operate(state -> {
            Conversation stored = state.conversations.get(id.value());
            if (stored == null || !stored.isOwnedBy(owner)) {
                return false;
            }
            state.conversations.remove(id.value());
            state.messages.remove(id.value());
            state.files.values().removeIf(file -> id.equals(file.conversation()));
            return true;
        });
    }

    @Override
    public Page<Conversation> search(ConversationQuery query) {
        return database.operate(state -> {
            List<Conversation> matching = state.conversations.values().stream()
                    .filter(c -> c.isOwnedBy(query.ownerId()))
                    .filter(c -> query.createdFrom().map(from -> !c.createdAt().isBefore(from)).orElse(true))
                    .filter(c -> query.createdTo().map(to -> !c.createdAt().isAfter(to)).orElse(true))
                    .filter(c -> query.model().map(m -> c.model().equals(m)).orElse(true))
                    .sorted(NEWEST_UPDATE_FIRST)
                    .toList();
            List<Conversation> page = matching.stream()
                    .skip(query.page().offset())
                    .limit(query.page().pageSize())
                    .toList();
            return new Page<>(page, matching.size(), query.page());
        });
    }
}
