package dev.parley.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HTTP support: refuses requests whose {@code Host} names a host the server does not answer to (as
 * Django's ALLOWED_HOSTS does). Against DNS rebinding: a page on {@code evil.example} that makes its
 * own name resolve to 127.0.0.1 reaches the server with {@code Host: evil.example}, and its requests
 * then look same-origin to the CSRF check. An empty list allows every host.
 */
public final class HostCheck {

    public static final String REFUSED = "Invalid host header";

    private final Set<String> allowed;

    public HostCheck(List<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(HostCheck::hostname).collect(Collectors.toUnmodifiableSet());
    }

    public void register(RoutesConfig routes) {
        if (allowed.isEmpty()) {
            return;
        }
        routes.before(this::require);
    }

    private void require(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !allowed.contains(hostname(host))) {
            throw HttpProblem.of(400, REFUSED);
        }
    }

    /** The host name of a {@code Host} header or a configured entry: lower case, without port or IPv6 brackets. */
    static String hostname(String hostAndPort) {
        String host = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host;
        }
        int colon = host.indexOf(':');
        // More than one colon is a bare IPv6 literal, which has no port.
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }
}
