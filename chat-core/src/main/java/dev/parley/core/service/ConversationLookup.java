package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.ConversationRepository;
import java.util.UUID;

/** The ownership rule in one place: a conversation that is not the caller's does not exist for them. */
final class ConversationLookup {

    static final String RESOURCE = "Chat session";

    private final ConversationRepository conversations;

    ConversationLookup(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    Conversation owned(UserId user, ConversationId id) {
        return conversations.findOwned(user, id).orElseThrow(() -> new NotFoundException(RESOURCE));
    }

    Conversation ownedByUuid(UserId user, UUID uuid) {
        return conversations.findOwnedByUuid(user, uuid).orElseThrow(() -> new NotFoundException(RESOURCE));
    }

    /** The owned conversation, locked until the caller's transaction ends: for read-modify-write. */
    Conversation lockedOwned(UserId user, ConversationId id) {
        return conversations.lockOwned(user, id).orElseThrow(() -> new NotFoundException(RESOURCE));
    }
}
