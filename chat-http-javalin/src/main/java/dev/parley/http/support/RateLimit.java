package dev.parley.http.support;

import java.time.Duration;
import java.util.Objects;

/**
 * HTTP support value: one rate limit, at most {@code requests} per {@code per}. A caller may spend the
 * whole allowance at once; it then comes back steadily, one request every {@code per / requests}.
 */
public record RateLimit(long requests, Duration per) {

    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be positive: " + requests);
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("per must be positive: " + per);
        }
    }

    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(long requests) {
        return new RateLimit(requests, Duration.ofHours(1));
    }
}
