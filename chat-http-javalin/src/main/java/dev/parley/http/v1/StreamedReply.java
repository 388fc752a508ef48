package dev.parley.http.v1;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.port.in.Turn;
import dev.parley.http.support.ErrorResponses;
import dev.parley.http.support.EventStream;
import dev.parley.http.support.InFlightReplies;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streamed reply, framed as its {@link ReplyFraming} says: the opening frame, the web search sources
 * (when searched), the session's files the model was given (when it has any), the tokens, and the end. The stream opens only once the core has accepted the user's
 * turns, so refusals before that stay plain JSON errors; a failure after that ends the stream with an
 * error frame carrying the same {@code detail} and then the end frame. A client that goes away, the server
 * stopping, or the caller's credential being revoked cancels the reply, which the core then keeps as partial.
 */
final class StreamedReply implements ReplyObserver {

    private static final Logger LOG = LoggerFactory.getLogger(StreamedReply.class);

    private final EventStream events;
    private final ReplyFraming framing;
    private final InFlightReplies.Reply reply;
    // Written and read only on the thread that runs the send flow.
    private List<SourceResponse> sources;
    private List<FileUseResponse> files;

    StreamedReply(HttpServletResponse response, Duration heartbeat, ReplyFraming framing, InFlightReplies.Reply reply) {
        this.reply = reply;
        this.framing = framing;
        this.events = new EventStream(response, framing.format(), heartbeat, reply.cancellation()::cancel);
    }

    @Override
    public void accepted(Conversation conversation, List<Message> userMessages) {
        events.open(Map.of("X-Session-Id", conversation.id().toString()));
        writeUnlessEmpty(framing.opened(conversation.id().value()));
        if (sources != null) {
            events.write(framing.sources(sources));
        }
        if (files != null) {
            writeUnlessEmpty(framing.files(files));
        }
    }

    @Override
    public void sources(List<WebSource> found) {
        sources = SourceResponse.numbered(found);
        // The core searches after accepting the turns; should it search first, accepted() sends them.
        if (events.isOpen()) {
            events.write(framing.sources(sources));
        }
    }

    @Override
    public void files(List<FileUse> used) {
        files = FileUseResponse.of(used);
        // As with the sources: should the core tell them before accepting the turns, accepted() sends them.
        if (events.isOpen()) {
            writeUnlessEmpty(framing.files(files));
        }
    }

    @Override
    public void token(String token) {
        events.write(framing.token(token));
    }

    /** Runs the send flow, answering on the stream once it is open; earlier failures propagate. */
    void run(SendMessageUseCase sendMessage, SendMessageCommand command) {
        try {
            Turn turn = sendMessage.send(command, this, reply.cancellation());
            events.write(framing.done(UsageResponse.ofNullable(turn.reply().usage()), sources));
        } catch (RuntimeException e) {
            if (!events.isOpen()) {
                throw e;
            }
            endAfter(e);
        } finally {
            events.close();
        }
    }

    private void writeUnlessEmpty(String frame) {
        if (!frame.isEmpty()) {
            events.write(frame);
        }
    }

    private void endAfter(RuntimeException failure) {
        if (events.isBroken()) {
            LOG.debug("Streamed reply ended early: the client went away");
            return;
        }
        Object detail;
        if (reply.credentialsRevoked()) {
            // Whatever the failure, it followed the cancellation that the revocation caused.
            LOG.debug("Streamed reply cancelled: the caller's credentials were revoked");
            detail = InFlightReplies.REVOKED;
        } else if (failure instanceof CancelledException) {
            // The client is still here and the credential holds, so the server cancelled the reply: it is stopping.
            LOG.debug("Streamed reply cancelled: the server is stopping");
            detail = InFlightReplies.STOPPING;
        } else if (failure instanceof ParleyException known) {
            // Answered as the same failure would be before the stream opened, e.g. the session deleted meanwhile.
            LOG.debug("Streamed reply ended by {}: {}", known.getClass().getSimpleName(), known.getMessage());
            detail = ErrorResponses.toProblem(known).detail();
        } else {
            LOG.error("Unexpected failure while streaming a reply", failure);
            detail = "Internal Server Error";
        }
        try {
            events.write(framing.error(detail));
            events.write(framing.done(null, sources));
        } catch (RuntimeException gone) {
            LOG.debug("Could not report the failure on the stream: the client went away");
        }
    }
}
