package dev.parley.http.support;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HTTP support: refuses a state change a browser may have sent on another site's behalf. A request whose
 * credential the browser attaches by itself (the session cookie, or none at all in single-user mode) may
 * change state only when its {@code Origin} (or, failing that, its {@code Referer}) is the server's own
 * origin or one of the CORS origins; otherwise it is answered 403 {@value #FAILED} before anything happens.
 * The server's own origin is the public origin when one is configured (the {@code Host} header is then not
 * believed, since a rebound DNS name sends its own), else the request's scheme and {@code Host}.
 */
public final class CsrfCheck {

    public static final String FAILED = "CSRF check failed";

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443);

    private final Optional<String> publicOrigin;
    private final Set<String> corsOrigins;

    public CsrfCheck(Optional<String> publicOrigin, List<String> corsOrigins) {
        this.publicOrigin = Objects.requireNonNull(publicOrigin, "publicOrigin").flatMap(CsrfCheck::originOf);
        this.corsOrigins = Set.copyOf(corsOrigins.stream().flatMap(origin -> originOf(origin).stream()).toList());
    }

    /**
     * {@code url}'s origin, {@code scheme://host[:port]} in lower case without the scheme's default port, or
     * empty when it is no http(s) URL with a host.
     */
    public static Optional<String> originOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            Integer defaultPort = DEFAULT_PORTS.get(scheme);
            if (defaultPort == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Lets a state change through only from an allowed origin; safe methods always pass.
     *
     * @throws HttpProblem 403 {@value #FAILED} for an unsafe method from elsewhere or from nowhere said
     */
    public void requireSameOrigin(Context ctx) {
        if (!SAFE.contains(ctx.method()) && sentFrom(ctx).filter(origin -> allowed(ctx, origin)).isEmpty()) {
            throw HttpProblem.of(403, FAILED);
        }
    }

    /**
     * Refuses a request that says it comes from another site, and lets through one that says nothing: for a
     * login that sets the cookie, so that no page elsewhere logs the browser in to the page's own account.
     *
     * @throws HttpProblem 403 {@value #FAILED} when {@code Origin} or {@code Referer} names another origin
     */
    public void refuseCrossSite(Context ctx) {
        if (ctx.header("Origin") == null && ctx.header("Referer") == null) {
            return;
        }
        if (sentFrom(ctx).filter(origin -> allowed(ctx, origin)).isEmpty()) {
            throw HttpProblem.of(403, FAILED);
        }
    }

    /** The origin the browser says the request comes from; an opaque origin ({@code null}) is none. */
    private static Optional<String> sentFrom(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null) {
            return originOf(origin);
        }
        return Optional.ofNullable(ctx.header("Referer")).flatMap(CsrfCheck::originOf);
    }

    private boolean allowed(Context ctx, String origin) {
        return corsOrigins.contains(origin) || own(ctx).anyMatch(origin::equals);
    }

    private Stream<String> own(Context ctx) {
        if (publicOrigin.isPresent()) {
            return publicOrigin.stream();
        }
        String host = ctx.host();
        return host == null ? Stream.empty() : originOf(ctx.scheme() + "://" + host).stream();
    }
}
