package dev.parley.http.threads;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.http.support.ConnectionWatch;
import dev.parley.http.support.EventStream;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.StreamFormat;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reply streamed as seed 003 streams it: {@code text/plain}, the tokens exactly and nothing else, and the
 * response simply ends with the reply. The stream opens once the core has accepted the user's turn, so
 * refusals before that stay {@code {"error": ...}} answers; a failure after that can only end the stream
 * early (plain text has no frame to report it in). Plain text has no keep-alive either, so a
 * {@link ConnectionWatch} notices a client that goes away while the model is silent, as a failed write does
 * while tokens flow; either cancels the reply, which the core then keeps as partial.
 */
final class PlainTextReply implements ReplyObserver {

    private static final Logger LOG = LoggerFactory.getLogger(PlainTextReply.class);

    private final Context ctx;
    private final EventStream text;
    private final InFlightReplies.Reply reply;
    private ConnectionWatch watch;

    PlainTextReply(Context ctx, Duration heartbeat, InFlightReplies.Reply reply) {
        this.ctx = ctx;
        this.reply = reply;
        this.text = new EventStream(ctx.res(), StreamFormat.PLAIN_TEXT, heartbeat, reply.cancellation()::cancel);
    }

    @Override
    public void accepted(Conversation conversation, List<Message> userMessages) {
        // Bytes a pipelining client sent early were consumed by the watch, so the connection cannot be reused.
        text.open(watch.consumedBytes() ? Map.of("Connection", "close") : Map.of());
    }

    @Override
    public void token(String token) {
        if (!token.isEmpty()) {
            text.write(token);
        }
    }

    /** Runs the send flow, streaming once the turn is accepted; failures before that propagate. */
    void run(SendMessageUseCase sendMessage, SendMessageCommand command) {
        // The body has been read to its end, as the watch requires; it keeps watching while tokens are written.
        watch = ConnectionWatch.start(ctx.req(), ReplyEndpoints.CLIENT_CHECK, reply.cancellation()::cancel);
        try {
            sendMessage.send(command, this, reply.cancellation());
        } catch (RuntimeException e) {
            if (!text.isOpen()) {
                throw e;
            }
            logEnd(e);
        } finally {
            watch.close();
            text.close();
        }
    }

    private void logEnd(RuntimeException failure) {
        if (text.isBroken()) {
            LOG.debug("Streamed reply ended early: the client went away");
        } else if (reply.credentialsRevoked()) {
            LOG.debug("Streamed reply cancelled: the caller's credentials were revoked");
        } else if (failure instanceof ParleyException known) {
            LOG.debug("Streamed reply ended by {}: {}", known.getClass().getSimpleName(), known.getMessage());
        } else {
            LOG.error("Unexpected failure while streaming a reply", failure);
        }
    }
}
