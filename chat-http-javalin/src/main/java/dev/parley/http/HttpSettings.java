package dev.parley.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP adapter.
 *
 * @param heartbeat how long an event stream may stay silent before a keep-alive comment is sent
 * @param maxRequestBodyBytes the largest request body accepted; larger ones are answered 413
 */
public record HttpSettings(Duration heartbeat, long maxRequestBodyBytes) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive: " + heartbeat);
        }
        if (maxRequestBodyBytes < 1) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive: " + maxRequestBodyBytes);
        }
    }

    /** A 15 s heartbeat and a 1 MiB body limit. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_HEARTBEAT, DEFAULT_MAX_REQUEST_BODY_BYTES);
    }
}
