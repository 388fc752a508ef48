package dev.parley.core.testing;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.MessageRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link MessageRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryMessageRepository implements MessageRepository {

    private final InMemoryDatabase database;

    public InMemoryMessageRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public List<Message> append(ConversationId conversation, List<NewMessage> messages) {
        return database.operate(state -> {
            if (!state.conversations.containsKey(conversation.value())) {
                throw new NotFoundException("Chat session");
            }
            List<Message> stored = state.messages.computeIfAbsent(conversation.value(), id -> new ArrayList<>());
            List<Message> appended = new ArrayList<>();
            for (NewMessage m : messages) {
                Message message = new Message(new MessageId(++state.lastMessageId), conversation,
                        stored.size() + 1, m.role(), m.content(), m.images(), m.model(), m.usage(), m.status(), m.request(),
                        m.createdAt(), m.file());
                stored.add(message);
                appended.add(message);
            }
            return List.copyOf(appended);
        });
    }

    @Override
    public List<Message> listByConversation(ConversationId conversation) {
        return database.operate(state -> List.copyOf(state.messages.getOrDefault(conversation.value(), List.of())));
    }

    @Override
    public Map<ConversationId, List<Message>> listByConversations(Collection<ConversationId> conversations) {
        return database.operate(state -> {
            Map<ConversationId, List<Message>> result = new LinkedHashMap<>();
            for (ConversationId id : conversations) {
                result.put(id, List.copyOf(state.messages.getOrDefault(id.value(), List.of())));
            }
            return result;
        });
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return database.operate(state -> state.messages.values().stream().flatMap(List::stream)
                .filter(m -> m.id().equals(id)).findFirst());
    }

    @Override
    public List<Message> listOwnedBy(UserId owner) {
        return database.operate(state -> state.messages.entrySet().stream()
                .filter(entry -> state.conversations.get(entry.getKey()).isOwnedBy(owner))
                .flatMap(entry -> entry.getValue().stream())
                .sorted(Comparator.comparingLong(m -> m.id().value()))
                .toList());
    }

    @Override
    public Message update(Message message) {
        return database.operate(state -> {
            List<Message> list = state.messages.getOrDefault(message.conversationId().value(), List.of());
            for (int i = 0; i < list.size(); i++) {
                Message stored = list.get(i);
                if (stored.id().equals(message.id())) {
                    Message updated = stored.edited(message.content(), message.file());
                    list.set(i, updated);
                    return updated;
                }
            }
            throw new NotFoundException("Message");
        });
    }

    @Override
    public boolean delete(MessageId id) {
        return database.operate(state -> {
            for (List<Message> list : state.messages.values()) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).id().equals(id)) {
                        list.remove(i);
                        for (int j = i; j < list.size(); j++) {
                            Message m = list.get(j);
                            list.set(j, new Message(m.id(), m.conversationId(), j + 1, m.role(), m.content(), m.images(),
                                    m.model(), m.usage(), m.status(), m.request(), m.createdAt(), m.file()));
                        }
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
