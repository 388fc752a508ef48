package dev.parley.http.uuidchat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * HTTP adapter, seed 004: the chats: list, read, create, rename and delete, each addressed by its UUID. A new
 * chat starts empty (the original inserted two greeting messages into every new chat; Parley does not).
 */
final class ChatEndpoints {

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final Chats chats;

    ChatEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper, Chats chats) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
        this.chats = chats;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/chats/", this::list);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/chats/{chat_uuid}", this::get);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/chats/create", this::create);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, "/chats/update/{chat_uuid}", this::update);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, "/chats/delete/{chat_uuid}", this::delete);
    }

    private void list(Context ctx) {
        UserId user = credentials.require(ctx).id();
        ctx.json(chats.all(user).stream().map(ChatResponse::of).toList());
    }

    private void get(Context ctx) {
        UserId user = credentials.require(ctx).id();
        ctx.json(ChatResponse.of(chats.find(user, ctx.pathParam("chat_uuid")).conversation()));
    }

    private void create(Context ctx) {
        UserId user = credentials.require(ctx).id();
        ChatRequest request = ChatRequest.from(BodyFields.json(ctx, mapper));
        Conversation chat;
        try {
            chat = useCases.startConversation().start(new StartConversationCommand(user, request.name(), null));
        } catch (InvalidInputException e) {
            throw invalidName(e);
        }
        ctx.status(201).json(ChatResponse.of(chat));
    }

    private void update(Context ctx) {
        UserId user = credentials.require(ctx).id();
        Conversation chat = chats.find(user, ctx.pathParam("chat_uuid")).conversation();
        ChatRequest request = ChatRequest.from(BodyFields.json(ctx, mapper));
        try {
            chat = useCases.renameConversation().rename(new RenameConversationCommand(user, chat.id(), request.name()));
        } catch (InvalidInputException e) {
            throw invalidName(e);
        }
        ctx.json(ChatResponse.of(chat));
    }

    private void delete(Context ctx) {
        UserId user = credentials.require(ctx).id();
        Conversation chat = chats.find(user, ctx.pathParam("chat_uuid")).conversation();
        useCases.deleteConversation().delete(new ConversationCommand(user, chat.id()));
        ctx.json(ChatResponse.of(chat));
    }

    /** The core's verdict on the title, told about the field this dialect calls "name". */
    private static HttpProblem invalidName(InvalidInputException e) {
        return HttpProblem.invalid(new FieldError(List.of("body", "name"), e.getMessage(), "value_error"));
    }
}
