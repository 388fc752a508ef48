package dev.parley.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Objects;

/**
 * HTTP support: enforces each matched route's declared {@link Access} before its handler runs. A
 * {@link Access#USER} route answers 401 without a valid credential; an {@link Access#ADMIN} route also
 * 403 "Admin rights are required" to anyone but an admin (the core checks again, reading the store);
 * and a state change by a caller whose credential the browser sends by itself must pass the
 * {@link CsrfCheck}. {@link Access#PUBLIC} routes are let through untouched.
 */
public final class AccessControl {

    public static final String ADMIN_ONLY = "Admin rights are required";

    private final Credentials credentials;
    private final CsrfCheck csrf;

    public AccessControl(Credentials credentials, CsrfCheck csrf) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    /** Registers the check; after the rate limits, so that refused guesses are counted too. */
    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::check);
    }

    private void check(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return;
        }
        // RouteInventory lets no undeclared route be registered; should one slip by, it serves nobody.
        Access access = Access.declaredBy(endpoint).orElseThrow(() -> new IllegalStateException(
                "Route " + endpoint.method + " " + endpoint.path + " declares no access"));
        if (access == Access.PUBLIC) {
            return;
        }
        Caller caller = credentials.caller(ctx);
        if (caller.ambient()) {
            csrf.requireSameOrigin(ctx);
        }
        if (access == Access.ADMIN && !caller.user().isAdmin()) {
            throw HttpProblem.of(403, ADMIN_ONLY);
        }
    }
}
