package dev.parley.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP adapter.
 *
 * @param heartbeat how long an event stream may stay silent before a keep-alive comment is sent
 * @param maxRequestBodyBytes the largest request body accepted; larger ones are answered 413
 * @param shutdownGrace how long {@link HttpServer#stop()} waits, after cancelling the replies in flight, for
 *     the core to store what each had received and for the responses under way to complete, before the
 *     server stops regardless (zero: not at all)
 */
public record HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public HttpSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive: " + heartbeat);
        }
        if (maxRequestBodyBytes < 1) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive: " + maxRequestBodyBytes);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
    }

    /** These limits with the default shutdown grace of 10 s. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes) {
        this(heartbeat, maxRequestBodyBytes, DEFAULT_SHUTDOWN_GRACE);
    }

    /** A 15 s heartbeat, a 1 MiB body limit and a 10 s shutdown grace. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_HEARTBEAT, DEFAULT_MAX_REQUEST_BODY_BYTES, DEFAULT_SHUTDOWN_GRACE);
    }
}
