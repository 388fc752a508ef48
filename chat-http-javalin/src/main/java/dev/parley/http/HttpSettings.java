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
 * @param credentialRecheck how often a reply in flight asks the core again whether its caller's credential
 *     still holds; a reply whose credential was revoked meanwhile is cancelled within about this long
 */
public record HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace,
        Duration credentialRecheck) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CREDENTIAL_RECHECK = Duration.ofSeconds(2);

    public HttpSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(credentialRecheck, "credentialRecheck");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive: " + heartbeat);
        }
        if (maxRequestBodyBytes < 1) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive: " + maxRequestBodyBytes);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
        if (credentialRecheck.isNegative() || credentialRecheck.isZero()) {
            throw new IllegalArgumentException("credentialRecheck must be positive: " + credentialRecheck);
        }
    }

    /** These limits with the default credential re-check of 2 s. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace) {
        this(heartbeat, maxRequestBodyBytes, shutdownGrace, DEFAULT_CREDENTIAL_RECHECK);
    }

    /** These limits with the default shutdown grace of 10 s and credential re-check of 2 s. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes) {
        this(heartbeat, maxRequestBodyBytes, DEFAULT_SHUTDOWN_GRACE, DEFAULT_CREDENTIAL_RECHECK);
    }

    /** A 15 s heartbeat, a 1 MiB body limit, a 10 s shutdown grace and a 2 s credential re-check. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_HEARTBEAT, DEFAULT_MAX_REQUEST_BODY_BYTES, DEFAULT_SHUTDOWN_GRACE,
                DEFAULT_CREDENTIAL_RECHECK);
    }
}
