package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.in.Turn;
import java.time.Instant;
import java.util.List;

/** The send flow's last step: stores a reply, however it ended, in one short transaction. */
final class ReplyRecorder {

    private final CoreContext core;
    private final ConversationLookup lookup;

    ReplyRecorder(CoreContext core) {
        this.core = core;
        this.lookup = new ConversationLookup(core.conversations());
    }

    Turn recordComplete(SendMessageService.Accepted accepted, ModelReply reply) {
        return store(accepted, reply.text(), reply.usage(), MessageStatus.COMPLETE, reply.finishReason());
    }

    /**
     * Stores what had arrived before {@code failure} and hands {@code failure} back for rethrowing;
     * if storing fails too, that failure rides along as a suppressed exception.
     */
    RuntimeException recordAfterFailure(SendMessageService.Accepted accepted, String received,
            MessageStatus status, RuntimeException failure) {
        try {
            store(accepted, received, null, status, null);
        } catch (RuntimeException storing) {
            failure.addSuppressed(storing);
        }
        return failure;
    }

    private Turn store(SendMessageService.Accepted accepted, String text, TokenUsage usage, MessageStatus status,
            String finishReason) {
        Conversation conversation = accepted.conversation();
        String model = accepted.model().descriptor().name();
        return core.transactions().inTransaction(() -> {
            Instant at = Timestamps.now(core.clock());
            // Re-read under lock so a rename or switch made while the reply streamed is not overwritten.
            Conversation current = lookup.lockedOwned(conversation.ownerId(), conversation.id());
            Message reply = core.messages().append(conversation.id(),
                    List.of(new NewMessage(Role.ASSISTANT, text, model, usage, status, at))).getFirst();
            Conversation touched = core.conversations().update(current.touchedAt(at));
            return new Turn(touched, accepted.userMessages(), reply, finishReason);
        });
    }
}
