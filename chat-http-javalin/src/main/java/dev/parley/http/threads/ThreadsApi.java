package dev.parley.http.threads;

import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * HTTP adapter, seed 003 (threads, Django with cookie sessions): the dialect's entry point, registering all of
 * its routes, each answering its failures as {@code {"error": ...}}.
 */
public final class ThreadsApi {

    private final DialectSupport support;

    public ThreadsApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        DialectRoutes dialect = new DialectRoutes(routes, ThreadsErrors.SHAPE);
        new LoginEndpoints(support).register(dialect);
        new AccountEndpoints(support).register(dialect);
        new ThreadEndpoints(support).register(dialect);
        new ReplyEndpoints(support).register(dialect);
    }
}
