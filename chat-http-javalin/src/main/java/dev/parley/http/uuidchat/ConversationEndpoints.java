package dev.parley.http.uuidchat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.PostMessageCommand;
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
 * HTTP adapter, seed 004: a chat's messages, which the document calls "conversations": one written into a
 * chat as either speaker without asking the model, and (an addition the document lacks, so that a client can
 * read a chat back) all of a chat's messages, oldest first.
 */
final class ConversationEndpoints {

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final Chats chats;

    ConversationEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper, Chats chats) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
        this.chats = chats;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/conversations/create", this::create);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/conversations/{chat_uuid}", this::list);
    }

    private void create(Context ctx) {
        UserId user = credentials.require(ctx).id();
        ConversationRequest request = ConversationRequest.from(BodyFields.json(ctx, mapper));
        Conversation chat = chats.find(user, request.chatId()).conversation();
        Message posted;
        try {
            posted = useCases.messages().post(
                    new PostMessageCommand(user, chat.id(), request.speaker().role(), request.message(), null));
        } catch (InvalidInputException e) {
            // The core names the text "content"; this dialect calls it "message".
            throw HttpProblem.invalid(new FieldError(List.of("body", "message"), e.getMessage(), "value_error"));
        }
        ctx.status(201).json(ConversationResponse.of(chat, posted));
    }

    private void list(Context ctx) {
        UserId user = credentials.require(ctx).id();
        ConversationDetails chat = chats.find(user, ctx.pathParam("chat_uuid"));
        ctx.json(chat.messages().stream().map(m -> ConversationResponse.of(chat.conversation(), m)).toList());
    }
}
