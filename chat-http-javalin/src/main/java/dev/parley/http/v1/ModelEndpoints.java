package dev.parley.http.v1;

import dev.parley.core.port.in.ListModelsUseCase;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** HTTP adapter, /v1 dialect: the models a signed-in user can pick, in OpenAI's list shape. */
public final class ModelEndpoints {

    private final ListModelsUseCase listModels;
    private final Credentials credentials;

    public ModelEndpoints(ListModelsUseCase listModels, Credentials credentials) {
        this.listModels = listModels;
        this.credentials = credentials;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.GET, "/v1/models", this::models));
    }

    private void models(Context ctx) {
        credentials.require(ctx);
        ctx.json(ModelListResponse.of(listModels.listModels()));
    }
}
