package dev.parley.http.citizens;

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
 * HTTP adapter, seed 000: {@code send_message}, one user message and the model's whole reply, on the
 * conversation's own model with its catalog defaults (seed 000's Qwen: 150 tokens, temperature 0.7). Only
 * the owner may post into a conversation. A provider failure is 502 (504 when it timed out), never a 200
 * apology; the core keeps the user's message and records the failed reply. The reply is registered in
 * flight, so that stopping the server, the caller's credential being revoked, or the client going away
 * cancels it.
 */
final class MessageEndpoints {

    /** How often a client waiting for its reply is checked for having gone away. */
    private static final Duration CLIENT_CHECK = Duration.ofMillis(500);

    private final DialectSupport support;

    MessageEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.POST, ConversationEndpoints.CONVERSATION + "send_message/",
                this::send);
    }

    private void send(Context ctx) {
        Caller caller = support.credentials().caller(ctx);
        ConversationId id = ConversationIds.of(ctx);
        SendMessageRequest request = ConversationIds.readBody(support, caller.user().id(), id,
                () -> SendMessageRequest.from(RequestData.read(ctx, support.mapper(), "message")));
        SendMessageCommand command = new SendMessageCommand(caller.user().id(), id, null,
                List.of(new PromptMessage(Role.USER, request.message())), null, false);
        try (InFlightReplies.Reply reply = support.replies().start(caller)) {
            Turn turn;
            ConnectionWatch watch = ConnectionWatch.start(ctx.req(), CLIENT_CHECK, reply.cancellation()::cancel);
            try {
                turn = ConversationIds.lookUp(() -> support.useCases().sendMessage()
                        .send(command, ReplyObserver.IGNORE, reply.cancellation()));
            } catch (CancelledException e) {
                throw whyCancelled(reply, e);
            } finally {
                watch.close();
                if (watch.consumedBytes()) {
                    ctx.header("Connection", "close");
                }
            }
            ctx.json(SendMessageResponse.of(turn));
        }
    }

    /** Why a reply was cancelled: credentials revoked, the server stopping, or (nobody left to tell) the client gone. */
    private RuntimeException whyCancelled(InFlightReplies.Reply reply, CancelledException e) {
        if (reply.credentialsRevoked()) {
            return HttpProblem.unauthorized(InFlightReplies.REVOKED);
        }
        if (support.replies().isStopping()) {
            return HttpProblem.of(503, InFlightReplies.STOPPING);
        }
        return e;
    }
}
