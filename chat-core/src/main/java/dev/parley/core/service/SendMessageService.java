package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.conversation.Titles;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.TokenSink;
import java.time.Instant;
import java.util.List;

/**
 * Use case service: the send flow. Three steps, and only the first and last touch the database:
 * commit the user's turns, stream the reply outside any transaction, then store the reply with the
 * status it ended in.
 */
public final class SendMessageService implements SendMessageUseCase {

    private final CoreContext core;
    private final ConversationLookup lookup;
    private final ModelChoice models;
    private final ReplyRecorder recorder;

    SendMessageService(CoreContext core) {
        this.core = core;
        this.lookup = new ConversationLookup(core.conversations());
        this.models = new ModelChoice(core.models());
        this.recorder = new ReplyRecorder(core);
    }

    @Override
    public Turn send(SendMessageCommand command, ReplyObserver observer, CancellationSignal cancellation) {
        List<PromptMessage> turns = TurnRules.valid(command.turns());
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        Accepted accepted = core.transactions().inTransaction(() -> accept(command, turns));
        try {
            observer.accepted(accepted.conversation(), accepted.userMessages());
        } catch (RuntimeException gone) {
            throw new CancelledException(gone);
        }
        ModelRequest request = new ModelRequest(
                accepted.model().descriptor().upstreamId(), prompt(accepted.history()), command.options());
        return reply(command.stream(), accepted, request, observer, cancellation);
    }

    private Accepted accept(SendMessageCommand command, List<PromptMessage> turns) {
        Instant now = Timestamps.now(core.clock());
        ModelBinding model;
        Conversation conversation;
        if (command.conversation() == null) {
            model = models.requestedOr(command.model(), null);
            conversation = core.conversations().create(new NewConversation(core.ids().newUuid(), command.user(),
                    Titles.derivedFrom(TurnRules.firstUserText(turns)), model.descriptor().name(), now));
        } else {
            Conversation current = lookup.lockedOwned(command.user(), command.conversation());
            model = models.requestedOr(command.model(), current.model());
            conversation = core.conversations().update(current.withModel(model.descriptor().name(), now));
        }
        List<Message> stored = core.messages().append(conversation.id(),
                turns.stream().map(t -> NewMessage.fromUser(t.role(), t.content(), now)).toList());
        List<Message> history = core.messages().listByConversation(conversation.id());
        return new Accepted(conversation, model, stored, history);
    }

    /** What goes to the model: the whole stored history, less replies that failed or hold nothing. */
    private static List<PromptMessage> prompt(List<Message> history) {
        return history.stream()
                .filter(m -> m.status() != MessageStatus.FAILED && !m.content().isEmpty())
                .map(m -> new PromptMessage(m.role(), m.content()))
                .toList();
    }

    private Turn reply(boolean stream, Accepted accepted, ModelRequest request, ReplyObserver observer,
            CancellationSignal cancellation) {
        StringBuilder received = new StringBuilder();
        TokenSink sink = token -> {
            received.append(token);
            try {
                observer.token(token);
            } catch (RuntimeException gone) {
                cancellation.cancel();
                throw new CancelledException(gone);
            }
        };
        ModelReply reply;
        try {
            reply = stream
                    ? accepted.model().model().stream(request, sink, cancellation)
                    : accepted.model().model().generate(request, cancellation);
        } catch (CancelledException e) {
            throw recorder.recordAfterFailure(accepted, received.toString(), MessageStatus.PARTIAL, e);
        } catch (RuntimeException e) {
            throw recorder.recordAfterFailure(accepted, received.toString(), MessageStatus.FAILED, e);
        }
        return recorder.recordComplete(accepted, reply);
    }

    /** The outcome of the first step: everything the later steps need, read in the same transaction. */
    record Accepted(Conversation conversation, ModelBinding model, List<Message> userMessages, List<Message> history) {
    }
}
