package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.port.in.Turn;
import java.time.Instant;
import java.util.List;

/**
 * The send flow's last step: stores a reply, however it ended, with what was asked of the provider,
 * and its token usage in the message and the usage ledger, in one short transaction. Usage the
 * provider did not report is counted with the token counter and marked as estimated.
 */
final class ReplyRecorder {

    private final CoreContext core;
    private final ConversationLookup lookup;

    ReplyRecorder(CoreContext core) {
        this.core = core;
        this.lookup = new ConversationLookup(core.conversations());
    }

    Turn completed(SendMessageService.Accepted accepted, PromptPlan plan, ModelReply reply) {
        TokenUsage usage = reply.usage();
        RequestMetadata metadata = plan.metadata();
        if (usage == null) {
            usage = estimate(plan, reply.text());
            metadata = metadata.withUsageEstimated(true);
        }
        return store(accepted, plan.modelName(), reply.text(), usage, MessageStatus.COMPLETE, metadata,
                reply.finishReason());
    }

    /**
     * Stores what had arrived before {@code failure} and hands {@code failure} back for rethrowing;
     * if storing fails too, that failure rides along as a suppressed exception. Text that arrived is
     * kept as a partial reply (it stays in the conversation's history); a reply with no text failed.
     * {@code plan} is null when no model could be asked at all.
     */
    RuntimeException failed(SendMessageService.Accepted accepted, PromptPlan plan, String received,
            RuntimeException failure) {
        try {
            boolean partial = !received.isEmpty() || failure instanceof CancelledException;
            MessageStatus status = partial ? MessageStatus.PARTIAL : MessageStatus.FAILED;
            RequestMetadata metadata = plan == null ? null : plan.metadata();
            TokenUsage usage = null;
            if (metadata != null && !received.isEmpty()) {
                usage = estimate(plan, received);
                metadata = metadata.withUsageEstimated(true);
            }
            if (metadata != null && failure instanceof ProviderException) {
                metadata = metadata.withError(failure.getMessage());
            }
            String model = plan == null ? accepted.model().descriptor().name() : plan.modelName();
            store(accepted, model, received, usage, status, metadata, null);
        } catch (RuntimeException storing) {
            failure.addSuppressed(storing);
        }
        return failure;
    }

    private TokenUsage estimate(PromptPlan plan, String text) {
        return new TokenUsage(plan.metadata().promptTokens(), core.tokenCounter().countText(text));
    }

    private Turn store(SendMessageService.Accepted accepted, String model, String text, TokenUsage usage,
            MessageStatus status, RequestMetadata metadata, String finishReason) {
        Conversation conversation = accepted.conversation();
        return core.transactions().inTransaction(() -> {
            Instant at = Timestamps.now(core.clock());
            // Re-read under lock so a rename or switch made while the reply streamed is not overwritten.
            Conversation current = lookup.lockedOwned(conversation.ownerId(), conversation.id());
            Message reply = core.messages().append(conversation.id(), List.of(
                    new NewMessage(Role.ASSISTANT, text, List.of(), model, usage, status, metadata, at))).getFirst();
            if (usage != null && metadata != null) {
                core.usage().record(new UsageRecord(conversation.ownerId(), conversation.id(), reply.id(), model,
                        metadata.provider(), usage, metadata.usageEstimated(), at));
            }
            Conversation touched = core.conversations().update(current.touchedAt(at));
            return new Turn(touched, accepted.userMessages(), reply, finishReason);
        });
    }
}
