package dev.parley.persistence;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.MessageRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Driven adapter: {@link MessageRepository} on the {@code messages} table. Sequence numbers come from
 * the conversation's {@code last_sequence}, advanced under its row lock, so racing appends queue up
 * instead of colliding or leaving gaps.
 */
final class JdbiMessageRepository implements MessageRepository {

    /** Bounds the bind parameters of one query; a page of conversations is far smaller. */
    private static final int IDS_PER_QUERY = 1000;
    private static final MessageRowMapper MAPPER = new MessageRowMapper();
    /** Beyond any real sequence number, and small enough that a shifted one still fits an INTEGER. */
    private static final int SEQUENCE_SHIFT = 1_000_000_000;

    private final Handles handles;

    JdbiMessageRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public List<Message> append(ConversationId conversation, List<NewMessage> messages) {
        List<NewMessage> toStore = List.copyOf(messages);
        return handles.inTransaction(handle -> {
            int last = reserveSequences(handle, conversation, toStore.size());
            List<Message> stored = new ArrayList<>(toStore.size());
            int sequence = last - toStore.size();
            for (NewMessage message : toStore) {
                stored.add(insert(handle, conversation, ++sequence, message));
            }
            return List.copyOf(stored);
        });
    }

    @Override
    public List<Message> listByConversation(ConversationId conversation) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + MessageRowMapper.COLUMNS
                        + " FROM messages WHERE conversation_id = :conversation ORDER BY sequence")
                .bind("conversation", conversation.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public Map<ConversationId, List<Message>> listByConversations(Collection<ConversationId> conversations) {
        Set<ConversationId> wanted = new LinkedHashSet<>(conversations);
        Map<ConversationId, List<Message>> found = new HashMap<>();
        wanted.forEach(id -> found.put(id, new ArrayList<>()));
        List<Long> ids = wanted.stream().map(ConversationId::value).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            messagesOf(chunk).forEach(message -> found.get(message.conversationId()).add(message));
        }
        return found.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    private List<Message> messagesOf(List<Long> conversationIds) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + MessageRowMapper.COLUMNS
                        + " FROM messages WHERE conversation_id IN (<ids>) ORDER BY conversation_id, sequence")
                .bindList("ids", conversationIds)
                .map(MAPPER)
                .list());
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + MessageRowMapper.COLUMNS + " FROM messages WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<Message> listOwnedBy(UserId owner) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + MessageRowMapper.COLUMNS + " FROM messages WHERE conversation_id IN"
                        + " (SELECT id FROM conversations WHERE owner_id = :owner) ORDER BY id")
                .bind("owner", owner.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public Message update(Message message) {
        return handles.inTransaction(handle -> {
            int found = handle.createUpdate("UPDATE messages SET content = :content, file_id = :file WHERE id = :id")
                    .bind("content", TextColumns.stored(message.content()))
                    .bind("file", message.file() == null ? null : message.file().value())
                    .bind("id", message.id().value())
                    .execute();
            if (found == 0) {
                throw new NotFoundException("Message");
            }
            return handle.createQuery("SELECT " + MessageRowMapper.COLUMNS + " FROM messages WHERE id = :id")
                    .bind("id", message.id().value())
                    .map(MAPPER)
                    .one();
        });
    }

    @Override
    public boolean delete(MessageId id) {
        return handles.inTransaction(handle -> {
            Optional<Message> found = handle
                    .createQuery("SELECT " + MessageRowMapper.COLUMNS + " FROM messages WHERE id = :id")
                    .bind("id", id.value())
                    .map(MAPPER)
                    .findOne();
            if (found.isEmpty()) {
                return false;
            }
            Message message = found.get();
            long conversation = message.conversationId().value();
            // The conversation's row lock orders this against appends, as reserveSequences does.
            handle.createUpdate("UPDATE conversations SET last_sequence = last_sequence - 1 WHERE id = :id")
                    .bind("id", conversation)
                    .execute();
            handle.createUpdate("DELETE FROM messages WHERE id = :id").bind("id", id.value()).execute();
            // Two steps: PostgreSQL checks the unique (conversation, sequence) row by row, so the later
            // messages first move far out of the way, then each lands one place up.
            handle.createUpdate("UPDATE messages SET sequence = sequence + :shift"
                            + " WHERE conversation_id = :conversation AND sequence > :sequence")
                    .bind("shift", SEQUENCE_SHIFT)
                    .bind("conversation", conversation)
                    .bind("sequence", message.sequence())
                    .execute();
            handle.createUpdate("UPDATE messages SET sequence = sequence - :shift - 1"
                            + " WHERE conversation_id = :conversation AND sequence > :shift")
                    .bind("shift", SEQUENCE_SHIFT)
                    .bind("conversation", conversation)
                    .execute();
            return true;
        });
    }

    /** Advances the conversation's last sequence by {@code count}, holding its row lock until commit. */
    private static int reserveSequences(Handle handle, ConversationId conversation, int count) {
        int found = handle
                .createUpdate("UPDATE conversations SET last_sequence = last_sequence + :count WHERE id = :id")
                .bind("count", count)
                .bind("id", conversation.value())
                .execute();
        if (found == 0) {
            throw new NotFoundException(JdbiConversationRepository.RESOURCE);
        }
        return handle.createQuery("SELECT last_sequence FROM conversations WHERE id = :id")
                .bind("id", conversation.value())
                .mapTo(Integer.class)
                .one();
    }

    private static Message insert(Handle handle, ConversationId conversation, int sequence, NewMessage message) {
        Instant createdAt = TimestampColumns.stored(message.createdAt());
        long id = handle.createUpdate("""
                        INSERT INTO messages (conversation_id, sequence, role, content, images, model,
                                              prompt_tokens, completion_tokens, status, request_metadata, created_at, file_id)
                        VALUES (:conversation, :sequence, :role, :content, :images, :model,
                                :promptTokens, :completionTokens, :status, :request, :createdAt, :file)""")
                .bind("conversation", conversation.value())
                .bind("sequence", sequence)
                .bind("role", message.role().name())
                .bind("content", TextColumns.stored(message.content()))
                .bind("images", JsonColumns.images(message.images()))
                .bind("model", message.model())
                .bind("promptTokens", message.usage() == null ? null : message.usage().promptTokens())
                .bind("completionTokens", message.usage() == null ? null : message.usage().completionTokens())
                .bind("status", message.status().name())
                .bind("request", JsonColumns.request(message.request()))
                .bind("createdAt", TimestampColumns.argument(createdAt))
                .bind("file", message.file() == null ? null : message.file().value())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new Message(new MessageId(id), conversation, sequence, message.role(), message.content(),
                message.images(), message.model(), message.usage(), message.status(), message.request(), createdAt,
                message.file());
    }
}
