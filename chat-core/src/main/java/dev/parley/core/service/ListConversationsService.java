package dev.parley.core.service;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.core.port.in.ListConversationsUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.MessageRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use case service: one page of a user's history, messages fetched for the whole page at once. */
public final class ListConversationsService implements ListConversationsUseCase {

    private final ConversationRepository conversations;
    private final MessageRepository messages;

    public ListConversationsService(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public Page<ConversationDetails> list(ListConversationsCommand command) {
        PageRequest page = new PageRequest(command.page(), command.pageSize());
        if (command.createdFrom().isPresent() && command.createdTo().isPresent()
                && command.createdFrom().get().isAfter(command.createdTo().get())) {
            throw new InvalidInputException("start_date", "start_date must not be after end_date");
        }
        Page<Conversation> found = conversations.search(new ConversationQuery(
                command.user(), command.createdFrom(), command.createdTo(),
                command.model().filter(m -> !m.isBlank()), page));
        List<ConversationId> ids = found.items().stream().map(Conversation::id).toList();
        Map<ConversationId, List<Message>> byConversation = messages.listByConversations(ids);
        return found.map(c -> new ConversationDetails(c, byConversation.getOrDefault(c.id(), List.of())));
    }

    @Override
    public List<Conversation> all(UserId user) {
        List<Conversation> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Conversation> batch = conversations.search(new ConversationQuery(user, Optional.empty(),
                    Optional.empty(), Optional.empty(), new PageRequest(page, PageRequest.MAX_PAGE_SIZE))).items();
            all.addAll(batch);
            if (batch.size() < PageRequest.MAX_PAGE_SIZE) {
                return List.copyOf(all);
            }
        }
    }

    @Override
    public List<ConversationDetails> allWithMessages(UserId user) {
        List<Conversation> all = all(user);
        Map<ConversationId, List<Message>> byConversation = messages.listByConversations(
                all.stream().map(Conversation::id).toList());
        return all.stream()
                .map(c -> new ConversationDetails(c, byConversation.getOrDefault(c.id(), List.of())))
                .toList();
    }
}
