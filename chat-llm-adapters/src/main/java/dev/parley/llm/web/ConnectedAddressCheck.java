package dev.parley.llm.web;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The fetcher's last guard, a network interceptor: before a request leaves, the address its connection
 * actually reached is judged again. It catches whatever went around {@link GuardedDns}: a pooled
 * connection, a host OkHttp did not resolve, a resolver that changed its answer.
 */
final class ConnectedAddressCheck implements Interceptor {

    private final GuardedDns guard;

    ConnectedAddressCheck(GuardedDns guard) {
        this.guard = guard;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        String host = chain.request().url().host();
        if (connection == null) {
            throw new RefusedAddress(host, null, "no connected address");
        }
        InetAddress peer = connection.socket().getInetAddress();
        if (peer == null) {
            throw new RefusedAddress(host, null, "no connected address");
        }
        guard.check(host, peer);
        guard.check(host, connection.route().socketAddress().getAddress());
        return chain.proceed(chain.request());
    }
}
