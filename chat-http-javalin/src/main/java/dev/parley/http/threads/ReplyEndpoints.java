package dev.parley.http.threads;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.http.support.Access;
import dev.parley.http.support.Caller;
import dev.parley.http.support.ConnectionWatch;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;

/**
 * HTTP adapter, seed 003: the model's reply in a thread, whole ({@code {"response": ...}}) or streamed as raw
 * text ({@link PlainTextReply}). Only the new message of the transcript the front end sends is stored and
 * sent as the new turn ({@link Transcript}); the model sees the thread's stored history before it. Every
 * reply is registered in flight, and a client that goes away cancels it: the core then keeps what had
 * arrived as a partial reply (the original lost it).
 */
final class ReplyEndpoints {

    static final String NO_MESSAGE = "No message provided";
    /** How often a client is checked for having gone away while the model is silent. */
    static final Duration CLIENT_CHECK = Duration.ofMillis(250);

    private final DialectSupport support;

    ReplyEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        String id = "{" + ThreadIds.PARAM + "}";
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.POST, "/chat/response/" + id + "/", this::whole);
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.POST, "/chat/streaming-response/" + id + "/",
                this::streamed);
    }

    private void whole(Context ctx) {
        Caller caller = support.credentials().caller(ctx);
        SendMessageCommand command = command(ctx, caller, false);
        try (InFlightReplies.Reply reply = support.replies().start(caller)) {
            Turn turn;
            // Started after the body was read to its end, as the watch requires.
            ConnectionWatch watch = ConnectionWatch.start(ctx.req(), CLIENT_CHECK, reply.cancellation()::cancel);
            try {
                turn = support.useCases().sendMessage().send(command, ReplyObserver.IGNORE, reply.cancellation());
            } catch (CancelledException e) {
                throw whyCancelled(reply, e);
            } finally {
                watch.close();
                if (watch.consumedBytes()) {
                    ctx.header("Connection", "close");
                }
            }
            ctx.json(new ReplyResponse(turn.reply().content()));
        }
    }

    private void streamed(Context ctx) {
        Caller caller = support.credentials().caller(ctx);
        SendMessageCommand command = command(ctx, caller, true);
        try (InFlightReplies.Reply reply = support.replies().start(caller)) {
            try {
                new PlainTextReply(ctx, support.settings().heartbeat(), reply).run(support.useCases().sendMessage(),
                        command);
            } catch (CancelledException e) {
                throw whyCancelled(reply, e);
            }
        }
    }

    /** The new turn for the thread in the path; reading the body to its end before anything is sent. */
    private SendMessageCommand command(Context ctx, Caller caller, boolean stream) {
        ConversationId thread = ThreadIds.of(ctx);
        String turn = ThreadIds.readAbout(support, caller.user().id(), thread, () -> {
            String message = JsonBody.read(ctx, support.mapper()).text("message");
            String newMessage = message == null ? "" : Transcript.newMessage(message);
            if (newMessage.isEmpty()) {
                throw HttpProblem.of(400, NO_MESSAGE);
            }
            return newMessage;
        });
        return new SendMessageCommand(caller.user().id(), thread, null, List.of(new PromptMessage(Role.USER, turn)),
                null, stream);
    }

    /** Why a reply was cancelled before anything was sent: credentials revoked, server stopping, or client gone. */
    private RuntimeException whyCancelled(InFlightReplies.Reply reply, CancelledException e) {
        if (reply.credentialsRevoked()) {
            return HttpProblem.unauthorized(ThreadsErrors.AUTHENTICATION_REQUIRED);
        }
        if (support.replies().isStopping()) {
            return HttpProblem.of(503, InFlightReplies.STOPPING);
        }
        // Nobody is left to answer; the error handlers write nothing for it.
        return e;
    }
}
