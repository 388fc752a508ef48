package dev.parley.http.support;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * HTTP support: counts requests per route class and caller in Bucket4j token buckets held in memory,
 * and refuses one over the limit with 429 "Rate limit exceeded" and a {@code Retry-After} in whole
 * seconds. A caller's bucket is forgotten once it has been idle for its limit's period: by then it is
 * full again, so forgetting it loses nothing. At most {@value #MAX_CALLERS} callers are kept per class;
 * beyond that the least recently seen one is forgotten. Thread-safe.
 */
public final class RateLimiter {

    public static final String EXCEEDED = "Rate limit exceeded";
    static final int MAX_CALLERS = 20_000;

    private record Buckets(RateLimit limit, IdleExpiringMap<String, Bucket> byCaller) {
    }

    private final Map<RouteClass, Buckets> buckets = new EnumMap<>(RouteClass.class);
    private final TimeMeter time;

    public RateLimiter(RateLimits limits) {
        this(limits, System::nanoTime, MAX_CALLERS);
    }

    /** Reads the time from {@code nanoTime}, for tests that move it on. */
    RateLimiter(RateLimits limits, LongSupplier nanoTime, int maxCallers) {
        Objects.requireNonNull(nanoTime, "nanoTime");
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        limits.limits().forEach((routeClass, limit) -> buckets.put(routeClass,
                new Buckets(limit, new IdleExpiringMap<>(limit.per(), maxCallers, nanoTime))));
    }

    /** Whether no route class is limited at all. */
    public boolean isOff() {
        return buckets.isEmpty();
    }

    /** Whether {@code routeClass} is limited. */
    public boolean limits(RouteClass routeClass) {
        return buckets.containsKey(routeClass);
    }

    /**
     * Counts one request of {@code caller} in {@code routeClass}.
     *
     * @throws HttpProblem 429 with the seconds until the caller may try again, when over the limit
     */
    public void consume(RouteClass routeClass, String caller) {
        Buckets limited = buckets.get(routeClass);
        if (limited == null) {
            return;
        }
        Bucket bucket = limited.byCaller().computeIfAbsent(caller, key -> newBucket(limited.limit()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw HttpProblem.tooManyRequests(EXCEEDED, wholeSeconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** How many callers of {@code routeClass} are remembered right now. */
    int remembered(RouteClass routeClass) {
        Buckets limited = buckets.get(routeClass);
        return limited == null ? 0 : limited.byCaller().size();
    }

    private Bucket newBucket(RateLimit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static long wholeSeconds(long nanos) {
        long seconds = (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, seconds);
    }
}
