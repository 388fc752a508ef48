package dev.parley.http.support;

import io.javalin.config.EventConfig;
import io.javalin.event.HandlerMetaInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HTTP support: every route as it is registered, with its declared {@link Access}. A route that declares
 * none (or more than one) stops the server from being built, so that no route is ever served without a
 * decision about who may call it. Before and after handlers are no routes and are not listed.
 */
public final class RouteInventory {

    private final List<DeclaredRoute> routes = new CopyOnWriteArrayList<>();

    /** Watches the routes registered from now on; call it before registering any. */
    public void watch(EventConfig events) {
        events.handlerAdded(this::added);
    }

    /** The routes registered so far, in their order. */
    public List<DeclaredRoute> routes() {
        return List.copyOf(routes);
    }

    private void added(HandlerMetaInfo handler) {
        if (!handler.getHttpMethod().isHttpMethod()) {
            return;
        }
        String method = handler.getHttpMethod().name();
        Access access = Access.of(handler.getRoles()).orElseThrow(() -> new IllegalStateException(
                "Route " + method + " " + handler.getPath() + " must declare exactly one access: PUBLIC, USER or ADMIN"));
        routes.add(new DeclaredRoute(method, handler.getPath(), access));
    }
}
