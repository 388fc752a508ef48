package dev.parley.http.uuidchat;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.Caller;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;

/**
 * HTTP adapter, seed 004: the model's answer to a chat as it stands, streamed as server-sent events and
 * stored as the chat's next Assistant message (the original never stored it); with the internet, the web is
 * searched for the newest Human message first and the top result's page is read for the model. Each answer
 * is registered in flight, so that stopping the server or revoking the caller's credential cancels it.
 */
final class InferenceEndpoints {

    static final String NOTHING_TO_ANSWER = "The chat has no message to answer";

    private final UseCases useCases;
    private final Credentials credentials;
    private final InFlightReplies inFlight;
    private final Duration heartbeat;
    private final InferenceEvents frames;
    private final Chats chats;

    InferenceEndpoints(UseCases useCases, Credentials credentials, InFlightReplies inFlight, Duration heartbeat,
            InferenceEvents frames, Chats chats) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.inFlight = inFlight;
        this.heartbeat = heartbeat;
        this.frames = frames;
        this.chats = chats;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.GET, "/conversations/inference/{chat_uuid}",
                ctx -> infer(ctx, false));
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.GET, "/conversations/inference_internet/{chat_uuid}",
                ctx -> infer(ctx, true));
    }

    private void infer(Context ctx, boolean internet) {
        Caller caller = credentials.caller(ctx);
        ConversationDetails chat = chats.find(caller.user().id(), ctx.pathParam("chat_uuid"));
        if (chat.messages().stream().allMatch(m -> m.content().isBlank())) {
            throw HttpProblem.of(400, NOTHING_TO_ANSWER);
        }
        // No turns and no prompt: the core answers the chat as it stands.
        SendMessageCommand command = new SendMessageCommand(caller.user().id(), chat.conversation().id(), null,
                List.of(), null, true, internet, null, internet);
        try (InFlightReplies.Reply reply = inFlight.start(caller)) {
            try {
                new InferenceStream(ctx.res(), heartbeat, frames, reply).run(useCases.sendMessage(), command);
            } catch (CancelledException e) {
                throw whyCancelled(reply, e);
            } catch (InvalidInputException e) {
                // Refused before the stream opened: web search not configured, or nothing left to answer.
                throw HttpProblem.of(400, e.getMessage());
            }
        }
    }

    /** Why a reply was cancelled before anything was written: credentials revoked, server stopping, or client gone. */
    private RuntimeException whyCancelled(InFlightReplies.Reply reply, CancelledException e) {
        if (reply.credentialsRevoked()) {
            return HttpProblem.unauthorized(InFlightReplies.REVOKED);
        }
        if (inFlight.isStopping()) {
            return HttpProblem.of(503, InFlightReplies.STOPPING);
        }
        return e;
    }
}
