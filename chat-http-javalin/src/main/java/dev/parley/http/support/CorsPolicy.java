package dev.parley.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTTP support: cross-origin access for browsers on the configured origins, and for no one else.
 * A request whose {@code Origin} is exactly one of them is answered with that origin echoed in
 * {@code Access-Control-Allow-Origin}, credentials allowed and {@code X-Session-Id} exposed; its
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered 204 with the
 * methods, headers and max age, whatever the path. Any other origin, {@code null} included, gets no
 * CORS header at all, and its preflight 403 "CORS origin not allowed", so the browser refuses it; its
 * plain requests are served as if no browser were involved (the browser then hides the answer from the
 * page). Never {@code *}. With no origins configured there is no CORS at all: no headers, and a
 * preflight is an {@code OPTIONS} request like any other. Every response says {@code Vary: Origin}
 * while CORS is on, so that caches keep the answers to different origins apart.
 */
public final class CorsPolicy {

    public static final String REFUSED = "CORS origin not allowed";
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String HEADERS = "Authorization, Content-Type, X-CSRF-Token, X-CSRFToken";
    static final String MAX_AGE_SECONDS = "600";

    private static final Pattern ORIGIN = Pattern.compile("[a-z][a-z0-9+.-]*://[^/?#*\\s@]+");

    private final Set<String> origins;

    /** Allows exactly {@code origins} (each {@code scheme://host[:port]}, see {@link #origin}); none: CORS is off. */
    public CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins.stream().map(CorsPolicy::origin).toList());
    }

    /**
     * {@code text} as an origin to allow: {@code scheme://host[:port]} in lower case, a trailing slash dropped.
     *
     * @throws IllegalArgumentException for a wildcard, {@code null}, or anything with a path, query or blank
     */
    public static String origin(String text) {
        String origin = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("not an exact origin (scheme://host[:port]): " + text);
        }
        return origin;
    }

    public void register(RoutesConfig routes) {
        if (!origins.isEmpty()) {
            routes.before(this::apply);
        }
    }

    private void apply(Context ctx) {
        ctx.res().addHeader("Vary", "Origin");
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && origins.contains(origin);
        boolean preflight = ctx.method() == HandlerType.OPTIONS && origin != null
                && ctx.header("Access-Control-Request-Method") != null;
        if (preflight && !allowed) {
            throw HttpProblem.of(403, REFUSED);
        }
        if (!allowed) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204);
            ctx.skipRemainingHandlers();
        } else {
            ctx.header("Access-Control-Expose-Headers", "X-Session-Id");
        }
    }
}
