package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.EditMessageCommand;
import dev.parley.core.port.in.ManageMessagesUseCase;
import dev.parley.core.port.in.MessageCommand;
import dev.parley.core.port.in.PostMessageCommand;
import dev.parley.http.drf.DrfBody.PrimaryKey;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, seed 001: {@code /api/message/}, a ModelViewSet over the messages of the caller's chats,
 * kept as records: posting one stores it as the caller's ({@code role} "user") and asks no model. A
 * message stays in its chat: naming another chat in an update is refused (the seed's serializer would move
 * it, which would break the order of both conversations). {@code file} may be null; left out of an update,
 * the attached file stays.
 */
final class MessageEndpoints {

    static final String NOT_MOVABLE = "A message cannot be moved to another chat.";
    private static final String MESSAGE = "/api/message/{message_id}/";

    private final ManageMessagesUseCase messages;
    private final OwnKeys keys;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    MessageEndpoints(ManageMessagesUseCase messages, OwnKeys keys, Credentials credentials, ObjectMapper mapper) {
        this.messages = messages;
        this.keys = keys;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/api/message/", this::list);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/api/message/", this::create);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, MESSAGE, this::retrieve);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, MESSAGE, ctx -> update(ctx, false));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PATCH, MESSAGE, ctx -> update(ctx, true));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, MESSAGE, this::destroy);
    }

    private void list(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(messages.list(user.id()).stream().map(message -> MessageResponse.of(message, user)).toList());
    }

    private void create(Context ctx) {
        User user = credentials.require(ctx);
        DrfBody body = DrfBody.read(ctx, mapper);
        String content = body.string("content", true);
        ConversationId chat = keys.chat(body, user, true);
        OwnKeys.checkUser(body, user);
        PrimaryKey fileKey = body.key("file", false, true);
        FileId file = fileKey == null || fileKey.isNone() ? null : keys.file(body, user, fileKey);
        body.throwIfInvalid();
        Message posted = messages.post(new PostMessageCommand(user.id(), chat, Role.USER, content, file));
        ctx.status(201).json(MessageResponse.of(posted, user));
    }

    private void retrieve(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(MessageResponse.of(messages.get(new MessageCommand(user.id(), messageId(ctx))), user));
    }

    private void update(Context ctx, boolean partial) {
        User user = credentials.require(ctx);
        Message message = messages.get(new MessageCommand(user.id(), messageId(ctx)));
        DrfBody body = DrfBody.read(ctx, mapper);
        String content = body.string("content", !partial);
        ConversationId chat = keys.chat(body, user, !partial);
        if (chat != null && !chat.equals(message.conversationId())) {
            body.reject("chat", NOT_MOVABLE);
        }
        OwnKeys.checkUser(body, user);
        PrimaryKey fileKey = body.key("file", false, true);
        FileId file = message.file();
        if (fileKey != null) {
            file = fileKey.isNone() ? null : keys.file(body, user, fileKey);
        }
        body.throwIfInvalid();
        Message edited = messages.edit(new EditMessageCommand(user.id(), message.id(),
                content == null ? message.content() : content, file));
        ctx.json(MessageResponse.of(edited, user));
    }

    private void destroy(Context ctx) {
        User user = credentials.require(ctx);
        messages.delete(new MessageCommand(user.id(), messageId(ctx)));
        ctx.status(204);
    }

    private static MessageId messageId(Context ctx) {
        return new MessageId(OwnKeys.pathId(ctx, "message_id"));
    }
}
