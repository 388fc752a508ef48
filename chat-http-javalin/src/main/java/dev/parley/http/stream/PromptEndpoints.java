package dev.parley.http.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.PromptCommand;
import dev.parley.core.port.in.PromptLibraryUseCase;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, seed 002's dialect: the prompt library under {@code /api/chat/prompts}: create (200, as
 * FastAPI answers by default), list, update, delete, and preview a prompt with the model. A user sees their
 * own prompts and the system templates; another user's prompt answers 404 like a missing one, and changing
 * a system template takes an admin (403 otherwise).
 */
public final class PromptEndpoints {

    private static final String PROMPTS = "/api/chat/prompts";
    private static final String PROMPT = PROMPTS + "/{prompt_id}";

    private final PromptLibraryUseCase prompts;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    public PromptEndpoints(PromptLibraryUseCase prompts, Credentials credentials, ObjectMapper mapper) {
        this.prompts = prompts;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.POST, PROMPTS, this::create));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.GET, PROMPTS, this::list));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.REPLY, HandlerType.POST, PROMPTS + "/preview", this::preview));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.PUT, PROMPT, this::update));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.DELETE, PROMPT, this::delete));
    }

    private void create(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(PromptResponse.of(prompts.create(user.id(), PromptRequest.draft(BodyFields.json(ctx, mapper)))));
    }

    private void list(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(PromptListResponse.of(prompts.list(user.id(), PromptListQuery.from(ctx))));
    }

    private void update(Context ctx) {
        User user = credentials.require(ctx);
        PromptId id = Prompts.fromPath(ctx);
        ctx.json(PromptResponse.of(prompts.update(PromptRequest.update(BodyFields.json(ctx, mapper), user.id(), id))));
    }

    private void delete(Context ctx) {
        User user = credentials.require(ctx);
        prompts.delete(new PromptCommand(user.id(), Prompts.fromPath(ctx)));
        ctx.json(new MessageResponse("Prompt deleted successfully"));
    }

    private void preview(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(PreviewResponse.of(prompts.preview(PreviewRequest.command(BodyFields.json(ctx, mapper), user.id()))));
    }
}
