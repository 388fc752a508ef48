package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.port.in.Turn;
import dev.parley.http.support.ErrorResponses;
import dev.parley.http.support.EventStream;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.StreamFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer to a chat, streamed as {@link InferenceEvents} frames it. The stream opens only once the core has
 * accepted the request, so refusals before that stay plain JSON errors; a failure after that ends the stream
 * with an error event. A client that goes away (noticed at the latest by the next heartbeat), the server
 * stopping, or the caller's credential being revoked cancels the reply, and the core keeps what had arrived.
 */
final class InferenceStream implements ReplyObserver {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceStream.class);

    private final EventStream events;
    private final InferenceEvents frames;
    private final InFlightReplies.Reply reply;
    // Written and read only on the thread that runs the send flow.
    private List<WebSource> pendingSources;

    InferenceStream(HttpServletResponse response, Duration heartbeat, InferenceEvents frames,
            InFlightReplies.Reply reply) {
        this.frames = frames;
        this.reply = reply;
        this.events = new EventStream(response, StreamFormat.SERVER_SENT_EVENTS, heartbeat, reply.cancellation()::cancel);
    }

    @Override
    public void accepted(Conversation conversation, List<Message> userMessages) {
        events.open(Map.of());
        if (pendingSources != null) {
            events.write(frames.sources(pendingSources));
        }
    }

    @Override
    public void sources(List<WebSource> sources) {
        // The core searches after accepting the request; should it search first, accepted() sends them.
        if (events.isOpen()) {
            events.write(frames.sources(sources));
        } else {
            pendingSources = sources;
        }
    }

    @Override
    public void token(String token) {
        // An empty data line would reach an EventSource client as nothing at all; it is simply not sent.
        if (!token.isEmpty()) {
            events.write(frames.token(token));
        }
    }

    /** Runs the send flow, answering on the stream once it is open; earlier failures propagate. */
    void run(SendMessageUseCase sendMessage, SendMessageCommand command) {
        try {
            Turn turn = sendMessage.send(command, this, reply.cancellation());
            events.write(frames.done(MessageUuids.of(turn.conversation(), turn.reply()), turn.reply().status().name()));
        } catch (RuntimeException e) {
            if (!events.isOpen()) {
                throw e;
            }
            endAfter(e);
        } finally {
            events.close();
        }
    }

    private void endAfter(RuntimeException failure) {
        if (events.isBroken()) {
            LOG.debug("Inference stream ended early: the client went away");
            return;
        }
        String message;
        if (reply.credentialsRevoked()) {
            // Whatever the failure, it followed the cancellation that the revocation caused.
            message = InFlightReplies.REVOKED;
        } else if (failure instanceof CancelledException) {
            // The client is still here and the credential holds, so the server cancelled the reply: it is stopping.
            message = InFlightReplies.STOPPING;
        } else if (failure instanceof ParleyException known) {
            LOG.debug("Inference stream ended by {}: {}", known.getClass().getSimpleName(), known.getMessage());
            message = ErrorKey.message(ErrorResponses.toProblem(known));
        } else {
            LOG.error("Unexpected failure while streaming an inference", failure);
            message = "Internal Server Error";
        }
        try {
            events.write(frames.error(message));
        } catch (RuntimeException gone) {
            LOG.debug("Could not report the failure on the stream: the client went away");
        }
    }
}
