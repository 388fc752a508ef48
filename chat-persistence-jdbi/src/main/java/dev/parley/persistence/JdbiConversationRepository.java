package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.ConversationRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Driven adapter: {@link ConversationRepository} on the {@code conversations} table. Every statement
 * names the owner, so another user's conversation is never read, changed or deleted.
 */
final class JdbiConversationRepository implements ConversationRepository {

    static final String RESOURCE = "Chat session";
    private static final ConversationRowMapper MAPPER = new ConversationRowMapper();

    private final Handles handles;

    JdbiConversationRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public Conversation create(NewConversation conversation) {
        Instant createdAt = TimestampColumns.stored(conversation.createdAt());
        long id = handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO conversations (uuid, owner_id, title, model, created_at, updated_at)
                        VALUES (:uuid, :owner, :title, :model, :createdAt, :createdAt)""")
                .bind("uuid", conversation.uuid())
                .bind("owner", conversation.ownerId().value())
                .bind("title", TextColumns.stored(conversation.title()))
                .bind("model", conversation.model())
                .bind("createdAt", TimestampColumns.argument(createdAt))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new Conversation(new ConversationId(id), conversation.uuid(), conversation.ownerId(),
                conversation.title(), conversation.model(), createdAt, createdAt);
    }

    @Override
    public Optional<Conversation> findOwned(UserId owner, ConversationId id) {
        return handles.withHandle(handle -> findOwned(handle, owner, id));
    }

    @Override
    public Optional<Conversation> lockOwned(UserId owner, ConversationId id) {
        // FOR UPDATE holds the row lock until the surrounding transaction ends (H2 and PostgreSQL alike).
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + ConversationRowMapper.COLUMNS
                        + " FROM conversations WHERE id = :id AND owner_id = :owner FOR UPDATE")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<Conversation> findOwnedByUuid(UserId owner, UUID uuid) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + ConversationRowMapper.COLUMNS
                        + " FROM conversations WHERE uuid = :uuid AND owner_id = :owner")
                .bind("uuid", uuid)
                .bind("owner", owner.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Conversation update(Conversation conversation) {
        return handles.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE conversations SET title = :title, model = :model, updated_at = :updatedAt
                            WHERE id = :id AND owner_id = :owner""")
                    .bind("title", TextColumns.stored(conversation.title()))
                    .bind("model", conversation.model())
                    .bind("updatedAt", TimestampColumns.argument(conversation.updatedAt()))
                    .bind("id", conversation.id().value())
                    .bind("owner", conversation.ownerId().value())
                    .execute();
            if (changed == 0) {
                throw new NotFoundException(RESOURCE);
            }
            return findOwned(handle, conversation.ownerId(), conversation.id())
                    .orElseThrow(() -> new NotFoundException(RESOURCE));
        });
    }

    @Override
    public boolean deleteOwned(UserId owner, ConversationId id) {
        // The messages go with it: their foreign key cascades.
        return handles.withHandle(handle -> handle
                .createUpdate("DELETE FROM conversations WHERE id = :id AND owner_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }

    @Override
    public Page<Conversation> search(ConversationQuery query) {
        ConversationSearch search = new ConversationSearch(query);
        return handles.withHandle(search::run);
    }

    private static Optional<Conversation> findOwned(Handle handle, UserId owner, ConversationId id) {
        return handle
                .createQuery("SELECT " + ConversationRowMapper.COLUMNS
                        + " FROM conversations WHERE id = :id AND owner_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map(MAPPER)
                .findOne();
    }
}
