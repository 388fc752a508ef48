package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.GetConversationUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.MessageRepository;
import java.util.UUID;

/** Use case service: reads one owned conversation with its messages. */
public final class GetConversationService implements GetConversationUseCase {

    private final ConversationLookup lookup;
    private final MessageRepository messages;

    public GetConversationService(ConversationRepository conversations, MessageRepository messages) {
        this.lookup = new ConversationLookup(conversations);
        this.messages = messages;
    }

    @Override
    public ConversationDetails get(ConversationCommand command) {
        Conversation conversation = lookup.owned(command.user(), command.conversation());
        return new ConversationDetails(conversation, messages.listByConversation(conversation.id()));
    }

    @Override
    public ConversationDetails getByUuid(UserId user, UUID uuid) {
        Conversation conversation = lookup.ownedByUuid(user, uuid);
        return new ConversationDetails(conversation, messages.listByConversation(conversation.id()));
    }
}
