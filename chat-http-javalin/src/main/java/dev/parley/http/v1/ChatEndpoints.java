package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SwitchModelCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Caller;
import dev.parley.http.support.ConnectionWatch;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;

/**
 * HTTP adapter, /v1 dialect: 002's chat routes: send and stream a reply (server-sent events; JSON lines
 * for {@code Accept: application/x-ndjson}; or one chat.completion with {@code "stream": false}), switch a
 * session's model, and page through history.
 * Every reply is registered in flight, so that stopping the server, or the caller's credential being
 * revoked meanwhile, cancels it and the core keeps it as partial.
 */
public final class ChatEndpoints {

    /** How often a client waiting for a whole reply is checked for having gone away. */
    private static final Duration CLIENT_CHECK = Duration.ofMillis(500);

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final Duration heartbeat;
    private final InFlightReplies inFlight;

    public ChatEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper, Duration heartbeat,
            InFlightReplies inFlight) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
        this.heartbeat = heartbeat;
        this.inFlight = inFlight;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.REPLY, HandlerType.POST, "/v1/chat/stream", this::chat));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.POST, "/v1/chat/switch-model",
                this::switchModel));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.MESSAGES, HandlerType.GET, "/v1/chat/history",
                this::history));
    }

    private void chat(Context ctx) {
        Caller caller = credentials.caller(ctx);
        ChatRequest request = ChatRequest.from(BodyFields.json(ctx, mapper));
        SendMessageCommand command = request.toCommand(caller.user().id());
        try (InFlightReplies.Reply reply = inFlight.start(caller)) {
            try {
                if (request.stream()) {
                    ReplyFraming framing = ReplyFraming.forAccept(ctx.header("Accept"), mapper);
                    new StreamedReply(ctx.res(), heartbeat, framing, reply).run(useCases.sendMessage(), command);
                } else {
                    answerWhole(ctx, command, reply.cancellation());
                }
            } catch (CancelledException e) {
                throw whyCancelled(reply, e);
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

    private void answerWhole(Context ctx, SendMessageCommand command, CancellationSignal cancellation) {
        ConnectionWatch watch = ConnectionWatch.start(ctx.req(), CLIENT_CHECK, cancellation::cancel);
        ContextSeen sources = new ContextSeen();
        Turn turn;
        try {
            turn = useCases.sendMessage().send(command, sources, cancellation);
        } finally {
            watch.close();
            if (watch.consumedBytes()) {
                ctx.header("Connection", "close");
            }
        }
        ctx.header("X-Session-Id", turn.conversation().id().toString());
        ctx.json(ChatCompletionResponse.of(turn, sources.numbered, sources.files));
    }

    /**
     * Keeps the web search results and the files of a reply answered whole; {@code numbered} stays null when
     * no search ran, {@code files} when the session has none.
     */
    private static final class ContextSeen implements ReplyObserver {

        private List<SourceResponse> numbered;
        private List<FileUseResponse> files;

        @Override
        public void sources(List<WebSource> sources) {
            numbered = SourceResponse.numbered(sources);
        }

        @Override
        public void files(List<FileUse> used) {
            files = FileUseResponse.of(used);
        }

        @Override
        public void token(String token) {
            // A whole reply is answered at once, from the finished turn.
        }
    }

    private void switchModel(Context ctx) {
        User user = credentials.require(ctx);
        SwitchModelRequest request = SwitchModelRequest.from(BodyFields.json(ctx, mapper));
        ctx.json(SwitchModelResponse.of(useCases.switchModel().switchModel(
                new SwitchModelCommand(user.id(), Sessions.id(request.sessionId()), request.model()))));
    }

    private void history(Context ctx) {
        User user = credentials.require(ctx);
        HistoryQuery query = HistoryQuery.from(ctx);
        try {
            ctx.json(HistoryResponse.of(useCases.listConversations().list(query.toCommand(user.id()))));
        } catch (InvalidInputException e) {
            // Each value was well formed (else 422 above), but together they ask for nothing: 002's 400
            // "Invalid query parameters", e.g. a start_date after the end_date.
            throw HttpProblem.of(400, e.getMessage());
        }
    }
}
