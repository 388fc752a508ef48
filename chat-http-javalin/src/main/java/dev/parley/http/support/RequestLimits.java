package dev.parley.http.support;

import dev.parley.core.domain.user.Usernames;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP support: applies the {@link RateLimiter} to every matched route, by its {@link RouteClass}.
 * A request is counted against its user when its credential is valid (the user is remembered on the
 * request, so the handler does not ask the core again), otherwise against its client address, and so
 * are always the anonymous classes (login, sign-up). An IPv6 client counts by its /64 network, since
 * one subscriber commonly holds all of it. Logins are also counted per client address and username
 * ({@link #countLogin}), whether they succeed or not.
 */
public final class RequestLimits {

    // Longer than any valid username, so that no two of them share a key.
    private static final int MAX_USERNAME_KEY = Usernames.MAX_USERNAME_LENGTH + 1;

    private final RateLimiter limiter;
    private final ClientAddresses clients;
    private final Credentials credentials;

    public RequestLimits(RateLimiter limiter, ClientAddresses clients, Credentials credentials) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public void register(RoutesConfig routes) {
        if (!limiter.isOff()) {
            routes.beforeMatched(this::count);
        }
    }

    /**
     * Counts one login as {@code username} from the request's client address.
     *
     * @throws HttpProblem 429 when over {@link RouteClass#LOGIN_ACCOUNT}'s limit
     */
    public void countLogin(Context ctx, String username) {
        if (limiter.limits(RouteClass.LOGIN_ACCOUNT)) {
            String account = Usernames.canonical(username);
            account = account.substring(0, Math.min(account.length(), MAX_USERNAME_KEY));
            limiter.consume(RouteClass.LOGIN_ACCOUNT, clientKey(ctx) + " " + account);
        }
    }

    private void count(Context ctx) {
        RouteClass routeClass = Optional.ofNullable(ctx.endpoints().matchedHttpEndpoint())
                .map(endpoint -> endpoint.metadata(RouteClass.class)).orElse(RouteClass.OTHER);
        if (limiter.limits(routeClass)) {
            limiter.consume(routeClass, callerKey(ctx, routeClass));
        }
    }

    private String callerKey(Context ctx, RouteClass routeClass) {
        if (routeClass.anonymous()) {
            return clientKey(ctx);
        }
        return credentials.identify(ctx).map(caller -> "user " + caller.user().id()).orElseGet(() -> clientKey(ctx));
    }

    private String clientKey(Context ctx) {
        InetAddress client = clients.of(ctx);
        if (client instanceof Inet6Address) {
            byte[] network = new byte[8];
            System.arraycopy(client.getAddress(), 0, network, 0, 8);
            return "ip " + HexFormat.of().formatHex(network) + "/64";
        }
        return "ip " + client.getHostAddress();
    }
}
