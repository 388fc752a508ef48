package dev.parley.http.support;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP support value: the rate limit of each {@link RouteClass}; a class without one is not limited.
 *
 * @param limits the limit per route class
 */
public record RateLimits(Map<RouteClass, RateLimit> limits) {

    public RateLimits {
        Objects.requireNonNull(limits, "limits");
        EnumMap<RouteClass, RateLimit> copy = new EnumMap<>(RouteClass.class);
        copy.putAll(limits);
        limits = Collections.unmodifiableMap(copy);
    }

    /** Seed 003's table, a login limit per account and address, and a generous limit for the rest. */
    public static RateLimits defaults() {
        EnumMap<RouteClass, RateLimit> limits = new EnumMap<>(RouteClass.class);
        limits.put(RouteClass.LOGIN, RateLimit.perHour(50));
        limits.put(RouteClass.LOGIN_ACCOUNT, new RateLimit(10, Duration.ofMinutes(15)));
        limits.put(RouteClass.STATUS, RateLimit.perHour(100));
        limits.put(RouteClass.REGISTER, RateLimit.perHour(10));
        limits.put(RouteClass.REMOVAL, RateLimit.perHour(10));
        limits.put(RouteClass.REPLY, RateLimit.perMinute(10));
        limits.put(RouteClass.MESSAGES, RateLimit.perMinute(30));
        limits.put(RouteClass.SESSIONS, RateLimit.perHour(50));
        limits.put(RouteClass.OTHER, RateLimit.perHour(1000));
        return new RateLimits(limits);
    }

    /** No rate limits at all, e.g. for load tests. */
    public static RateLimits off() {
        return new RateLimits(Map.of());
    }

    /** The same limit for every class. */
    public static RateLimits everywhere(RateLimit limit) {
        EnumMap<RouteClass, RateLimit> limits = new EnumMap<>(RouteClass.class);
        for (RouteClass routeClass : RouteClass.values()) {
            limits.put(routeClass, limit);
        }
        return new RateLimits(limits);
    }

    /** These limits with {@code routeClass} limited to {@code limit}. */
    public RateLimits with(RouteClass routeClass, RateLimit limit) {
        EnumMap<RouteClass, RateLimit> changed = new EnumMap<>(RouteClass.class);
        changed.putAll(limits);
        changed.put(Objects.requireNonNull(routeClass, "routeClass"), Objects.requireNonNull(limit, "limit"));
        return new RateLimits(changed);
    }

    /** These limits with {@code routeClass} not limited. */
    public RateLimits without(RouteClass routeClass) {
        EnumMap<RouteClass, RateLimit> changed = new EnumMap<>(RouteClass.class);
        changed.putAll(limits);
        changed.remove(routeClass);
        return new RateLimits(changed);
    }

    public Optional<RateLimit> of(RouteClass routeClass) {
        return Optional.ofNullable(limits.get(routeClass));
    }

    public boolean isOff() {
        return limits.isEmpty();
    }
}
