package dev.parley.http.citizens;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * HTTP adapter, seed 000: the caller's conversations, as a DRF model viewset serves them: list (a bare
 * array, newest update first), create (201), retrieve, update ({@code PUT} needs a title, {@code PATCH} may
 * leave it out) and destroy (204). A new conversation starts on the dialect's own model when the server
 * has one ({@link dev.parley.http.HttpSettings#citizensModel()}). Another user's conversation is 404.
 */
final class ConversationEndpoints {

    static final String CONVERSATION = "/chat/conversations/{" + ConversationIds.PARAM + "}/";
    // The core's largest page: the API has no paging, so the list is read page by page.

    private final DialectSupport support;

    ConversationEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/chat/conversations/", this::list);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/chat/conversations/", this::create);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, CONVERSATION, this::retrieve);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, CONVERSATION, ctx -> update(ctx, true));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PATCH, CONVERSATION, ctx -> update(ctx, false));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, CONVERSATION, this::destroy);
    }

    private void list(Context ctx) {
        User user = support.credentials().require(ctx);
        ctx.json(support.useCases().listConversations().allWithMessages(user.id()).stream()
                .map(ConversationResponse::of).toList());
    }

    private void create(Context ctx) {
        User user = support.credentials().require(ctx);
        ConversationRequest request = ConversationRequest.optional(RequestData.read(ctx, support.mapper(), "title"));
        String model = support.settings().citizensModel().orElse(null);
        Conversation started = support.useCases().startConversation()
                .start(new StartConversationCommand(user.id(), request.title(), model));
        ctx.status(201).json(ConversationResponse.of(started, List.of()));
    }

    private void retrieve(Context ctx) {
        User user = support.credentials().require(ctx);
        ConversationId id = ConversationIds.of(ctx);
        ctx.json(ConversationResponse.of(ConversationIds.lookUp(
                () -> support.useCases().getConversation().get(new ConversationCommand(user.id(), id)))));
    }

    private void update(Context ctx, boolean full) {
        User user = support.credentials().require(ctx);
        ConversationId id = ConversationIds.of(ctx);
        ConversationRequest request = ConversationIds.readBody(support, user.id(), id, () -> {
            RequestData data = RequestData.read(ctx, support.mapper(), "title");
            return full ? ConversationRequest.required(data) : ConversationRequest.optional(data);
        });
        if (request.title() != null) {
            ConversationIds.lookUp(() -> support.useCases().renameConversation()
                    .rename(new RenameConversationCommand(user.id(), id, request.title())));
        }
        ctx.json(ConversationResponse.of(ConversationIds.lookUp(
                () -> support.useCases().getConversation().get(new ConversationCommand(user.id(), id)))));
    }

    private void destroy(Context ctx) {
        User user = support.credentials().require(ctx);
        ConversationId id = ConversationIds.of(ctx);
        ConversationIds.lookUp(() -> {
            support.useCases().deleteConversation().delete(new ConversationCommand(user.id(), id));
            return null;
        });
        ctx.status(204);
    }
}
