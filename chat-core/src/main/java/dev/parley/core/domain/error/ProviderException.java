package dev.parley.core.domain.error;

import java.time.Duration;

/**
 * Domain error: a model provider failed to produce a reply. {@link Kind} tells callers how to
 * react (retry later, fix configuration, change the request) without knowing the provider.
 */
public final class ProviderException extends ParleyException {

    /** Why the provider failed. */
    public enum Kind {
        /** Could not connect, or the provider answered 5xx. Retrying later may work. */
        UNAVAILABLE,
        /** The provider was too slow: no byte within the allowed time. */
        TIMEOUT,
        /** The provider refused for quota or rate (HTTP 429). */
        RATE_LIMITED,
        /** The provider refused Parley's credentials (HTTP 401/403): a configuration problem. */
        AUTHENTICATION,
        /** The provider refused the request itself (other 4xx), e.g. a context too long. */
        REJECTED,
        /** The provider answered something Parley could not read. */
        PROTOCOL
    }

    private final Kind kind;
    private final String provider;
    private final int upstreamStatus;
    private final Duration retryAfter;

    public ProviderException(Kind kind, String provider, int upstreamStatus, String message) {
        this(kind, provider, upstreamStatus, null, message);
    }

    /** A refusal that said when to try again (HTTP {@code Retry-After}); {@code retryAfter} may be null. */
    public ProviderException(Kind kind, String provider, int upstreamStatus, Duration retryAfter, String message) {
        super(message);
        this.kind = kind;
        this.provider = provider;
        this.upstreamStatus = upstreamStatus;
        this.retryAfter = retryAfter;
    }

    public ProviderException(Kind kind, String provider, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.provider = provider;
        this.upstreamStatus = 0;
        this.retryAfter = null;
    }

    public Kind kind() {
        return kind;
    }

    public String provider() {
        return provider;
    }

    /** The provider's HTTP status, or 0 when no response was received. */
    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** How long the provider asked Parley to wait before trying again, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether another attempt (later, or at another model) may succeed where this one failed. */
    public boolean isTransient() {
        return kind == Kind.UNAVAILABLE || kind == Kind.TIMEOUT || kind == Kind.RATE_LIMITED;
    }
}
