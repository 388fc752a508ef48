package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Comparator;

/**
 * HTTP adapter, seed 001: {@code /api/chat/}, a ModelViewSet over the caller's conversations (the same ones
 * /v1 calls sessions). The list holds the caller's chats only, oldest first; {@code user} may be left out and
 * otherwise must be the caller.
 */
final class ChatEndpoints {

    private static final String CHAT = "/api/chat/{chat_id}/";

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    ChatEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/api/chat/", this::list);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/api/chat/", this::create);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, CHAT, this::retrieve);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, CHAT, ctx -> update(ctx, false));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PATCH, CHAT, ctx -> update(ctx, true));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, CHAT, this::destroy);
    }

    private void list(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(useCases.listConversations().all(user.id()).stream().map(ChatResponse::of)
                .sorted(Comparator.comparingLong(ChatResponse::id)).toList());
    }

    private void create(Context ctx) {
        User user = credentials.require(ctx);
        DrfBody body = DrfBody.read(ctx, mapper);
        String title = body.string("title", true);
        OwnKeys.checkUser(body, user);
        body.throwIfInvalid();
        Conversation chat = useCases.startConversation().start(new StartConversationCommand(user.id(), title, null));
        ctx.status(201).json(ChatResponse.of(chat));
    }

    private void retrieve(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(ChatResponse.of(find(user, chatId(ctx))));
    }

    private void update(Context ctx, boolean partial) {
        User user = credentials.require(ctx);
        ConversationId id = chatId(ctx);
        Conversation chat = find(user, id);
        DrfBody body = DrfBody.read(ctx, mapper);
        String title = body.string("title", !partial);
        OwnKeys.checkUser(body, user);
        body.throwIfInvalid();
        if (title != null) {
            chat = useCases.renameConversation().rename(new RenameConversationCommand(user.id(), id, title));
        }
        ctx.json(ChatResponse.of(chat));
    }

    private void destroy(Context ctx) {
        User user = credentials.require(ctx);
        useCases.deleteConversation().delete(new ConversationCommand(user.id(), chatId(ctx)));
        ctx.status(204);
    }

    private Conversation find(User user, ConversationId id) {
        return useCases.getConversation().get(new ConversationCommand(user.id(), id)).conversation();
    }

    private static ConversationId chatId(Context ctx) {
        return new ConversationId(OwnKeys.pathId(ctx, "chat_id"));
    }
}
