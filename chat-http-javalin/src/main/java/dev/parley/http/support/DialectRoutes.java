package dev.parley.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * HTTP support: registers one dialect's routes, each with its {@link Access}, its {@link RouteClass} and the
 * dialect's {@link ErrorShape}. Javalin ignores a trailing slash when it matches (its default), so a
 * Django-style route answers with and without one.
 */
public final class DialectRoutes {

    private final RoutesConfig routes;
    private final ErrorShape shape;

    public DialectRoutes(RoutesConfig routes, ErrorShape shape) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.shape = Objects.requireNonNull(shape, "shape");
    }

    public void add(Access access, RouteClass routeClass, HandlerType method, String path, Handler handler) {
        routes.addEndpoint(access.endpoint(routeClass, method, path, handler).withMetadata(shape));
    }

    /** A route that reads a file upload ({@link Uploads#route}). */
    public void addUpload(Access access, RouteClass routeClass, HandlerType method, String path, Handler handler) {
        routes.addEndpoint(Uploads.route(access.endpoint(routeClass, method, path, handler)).withMetadata(shape));
    }
}
