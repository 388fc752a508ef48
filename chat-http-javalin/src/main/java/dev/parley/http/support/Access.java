package dev.parley.http.support;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP support: who may call a route, declared in code where the route is registered ({@link #endpoint}),
 * together with its {@link RouteClass}. {@link RouteInventory} refuses to start a server with a route that
 * declares none, and {@link AccessControl} enforces the declaration before the handler runs.
 */
public enum Access implements RouteRole {

    /** Anyone, with or without a credential: signing up and the logins, which check credentials of their own. */
    PUBLIC,
    /** Any signed-in user, acting on their own account and objects only. */
    USER,
    /** Signed-in admins only. */
    ADMIN;

    /** A route callable by this audience, rate limited as {@code routeClass}, for {@code RoutesConfig.addEndpoint}. */
    public Endpoint endpoint(RouteClass routeClass, HandlerType method, String path, Handler handler) {
        return Endpoint.create(method, path).addMetadata(routeClass).addMetadata(new Roles(Set.of(this)))
                .handler(handler);
    }

    /** The access {@code endpoint} declares, or empty when it declares none or more than one. */
    static Optional<Access> declaredBy(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles == null ? Optional.empty() : of(roles.getRoles());
    }

    /** The one access among {@code roles}, or empty when there is none or more than one. */
    static Optional<Access> of(Set<RouteRole> roles) {
        List<Access> declared = roles.stream().filter(Access.class::isInstance).map(Access.class::cast).toList();
        return declared.size() == 1 ? Optional.of(declared.getFirst()) : Optional.empty();
    }
}
