package dev.parley.http.threads;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * HTTP adapter, seed 003: the caller's threads (the core's conversations): list them newest first, open
 * one titled "New Chat", list one's messages, retitle it (at most 50 characters, the original's column),
 * delete it, or delete them all. Another user's thread answers 404 exactly like a missing one.
 */
final class ThreadEndpoints {

    static final String NEW_TITLE = "New Chat";
    static final int MAX_TITLE_LENGTH = 50;
    static final String NO_TITLE = "No title provided";

    private final DialectSupport support;

    ThreadEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        String thread = "/chat/threads/{" + ThreadIds.PARAM + "}";
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.GET, "/chat/threads/", this::list);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/chat/threads/new/", this::open);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, thread + "/messages/", this::messages);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, thread + "/update-title/", this::retitle);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, thread + "/delete/", this::delete);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, "/chat/threads/delete/", this::deleteAll);
    }

    private void list(Context ctx) {
        User user = support.credentials().require(ctx);
        ctx.json(new ThreadListResponse(all(user.id()).stream().map(ThreadSummary::of).toList()));
    }

    private void open(Context ctx) {
        User user = support.credentials().require(ctx);
        Conversation started = support.useCases().startConversation()
                .start(new StartConversationCommand(user.id(), NEW_TITLE, null));
        ctx.status(201).json(new NewThreadResponse(started.id().value()));
    }

    private void messages(Context ctx) {
        User user = support.credentials().require(ctx);
        ConversationDetails details = support.useCases().getConversation()
                .get(new ConversationCommand(user.id(), ThreadIds.of(ctx)));
        ctx.json(new MessageListResponse(details.messages().stream().map(ThreadMessage::of)
                .flatMap(Optional::stream).toList()));
    }

    private void retitle(Context ctx) {
        User user = support.credentials().require(ctx);
        ConversationId id = ThreadIds.of(ctx);
        String stripped = ThreadIds.readAbout(support, user.id(), id, () -> validTitle(ctx));
        support.useCases().renameConversation().rename(new RenameConversationCommand(user.id(), id, stripped));
        ctx.json(new StatusResponse("Title updated successfully"));
    }

    private String validTitle(Context ctx) {
        String title = JsonBody.read(ctx, support.mapper()).nonBlank("title");
        if (title == null) {
            throw HttpProblem.of(400, NO_TITLE);
        }
        String stripped = title.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_TITLE_LENGTH) {
            throw HttpProblem.of(400, "Title must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return stripped;
    }

    private void delete(Context ctx) {
        User user = support.credentials().require(ctx);
        support.useCases().deleteConversation().delete(new ConversationCommand(user.id(), ThreadIds.of(ctx)));
        ctx.json(new StatusResponse("Thread deleted successfully"));
    }

    private void deleteAll(Context ctx) {
        User user = support.credentials().require(ctx);
        int deleted = 0;
        for (Conversation conversation : all(user.id())) {
            try {
                support.useCases().deleteConversation().delete(new ConversationCommand(user.id(), conversation.id()));
                deleted++;
            } catch (NotFoundException goneMeanwhile) {
                // Deleted by another request since it was listed: not this request's to count.
            }
        }
        ctx.json(new StatusResponse("Successfully deleted " + deleted + " threads"));
    }

    /** Every conversation of {@code user}, newest first. */
    private List<Conversation> all(UserId user) {
        return support.useCases().listConversations().all(user);
    }
}
