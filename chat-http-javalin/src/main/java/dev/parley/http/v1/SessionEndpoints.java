package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.RequestParams;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * HTTP adapter, /v1 dialect: one chat session at a time: open, read, retitle, delete. Another
 * user's session answers 404 exactly like a missing one.
 */
public final class SessionEndpoints {

    private static final String SESSION = "/v1/chat/sessions/{session_id}";

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    public SessionEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.POST, "/v1/chat/sessions", this::open));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.MESSAGES, HandlerType.GET, SESSION, this::read));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.PATCH, SESSION, this::retitle));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.DELETE, SESSION, this::delete));
    }

    private void open(Context ctx) {
        User user = credentials.require(ctx);
        NewSessionRequest request = NewSessionRequest.from(BodyFields.json(ctx, mapper));
        Conversation started = useCases.startConversation()
                .start(new StartConversationCommand(user.id(), request.title(), request.model()));
        ctx.status(201).json(SessionResponse.of(started, List.of()));
    }

    private void read(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(SessionResponse.of(useCases.getConversation().get(new ConversationCommand(user.id(), sessionId(ctx)))));
    }

    private void retitle(Context ctx) {
        User user = credentials.require(ctx);
        ConversationId id = sessionId(ctx);
        RenameSessionRequest request = RenameSessionRequest.from(BodyFields.json(ctx, mapper));
        useCases.renameConversation().rename(new RenameConversationCommand(user.id(), id, request.title()));
        ctx.json(SessionResponse.of(useCases.getConversation().get(new ConversationCommand(user.id(), id))));
    }

    private void delete(Context ctx) {
        User user = credentials.require(ctx);
        useCases.deleteConversation().delete(new ConversationCommand(user.id(), sessionId(ctx)));
        ctx.json(new StatusResponse("Session deleted successfully"));
    }

    private static ConversationId sessionId(Context ctx) {
        return new ConversationId(RequestParams.positiveId(ctx, "session_id"));
    }
}
