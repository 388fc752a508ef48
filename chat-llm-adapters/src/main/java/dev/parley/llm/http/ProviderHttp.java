package dev.parley.llm.http;

import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Driven-adapter plumbing: the one OkHttp client (connection pool and dispatcher) that every model
 * provider shares; providers derive their own timeouts from it with {@link #tuned}. Create one at
 * startup and close it at shutdown. Thread-safe.
 *
 * <p>Every client it hands out has {@code retryOnConnectionFailure} off, because OkHttp would
 * otherwise resend a completion request after some failures and the user could pay twice; no call
 * timeout, because a healthy stream may run for minutes (the read timeout bounds the silent gap
 * between two bytes instead); and no logging interceptor, so no header (the API key) is ever logged.
 */
public final class ProviderHttp implements AutoCloseable {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient client;

    private ProviderHttp(OkHttpClient client) {
        this.client = client;
    }

    /** A new shared client with {@link #DEFAULT_CONNECT_TIMEOUT} and {@link #DEFAULT_READ_TIMEOUT}. */
    public static ProviderHttp create() {
        return new ProviderHttp(new OkHttpClient.Builder()
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .readTimeout(DEFAULT_READ_TIMEOUT)
                .writeTimeout(DEFAULT_READ_TIMEOUT)
                .callTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                .build());
    }

    /** The shared client, to hand to each provider adapter. */
    public OkHttpClient client() {
        return client;
    }

    /**
     * A client that shares {@code base}'s pool and dispatcher but has its own timeouts, and never
     * retries silently whatever {@code base} says. {@code callTimeout} zero means unlimited.
     */
    public static OkHttpClient tuned(OkHttpClient base, Duration connectTimeout, Duration readTimeout,
            Duration callTimeout) {
        Objects.requireNonNull(base, "base");
        return base.newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(callTimeout)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** Stops the dispatcher's threads and closes idle connections; calls in flight are not cancelled. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
