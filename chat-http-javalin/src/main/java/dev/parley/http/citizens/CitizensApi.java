package dev.parley.http.citizens;

import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * HTTP adapter, seed 000 (citizens, Django REST framework with Token auth): the dialect's entry point,
 * registering all of its routes under {@code /chat/}, each answering its errors in {@link CitizensErrors}' shape.
 */
public final class CitizensApi {

    private final DialectSupport support;

    public CitizensApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        DialectRoutes dialect = new DialectRoutes(routes, CitizensErrors.SHAPE);
        new LoginEndpoints(support).register(dialect);
        new ConversationEndpoints(support).register(dialect);
        new MessageEndpoints(support).register(dialect);
    }
}
