package dev.parley.llm.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * Adapter settings: how long {@link ResilientChatModel} waits for a provider's reply and how often it
 * asks again after a failure nobody has seen yet.
 *
 * @param firstTokenTimeout the longest wait, from the start of one attempt, for the first piece of a
 *     streamed reply; an attempt that reaches it is abandoned and counts as a transient failure, so it
 *     may be retried (nothing has reached the user yet)
 * @param idleTimeout the longest silence between two pieces once a streamed reply has begun; the time
 *     the caller's sink spends on a piece does not count, since the model is not the one waiting then
 * @param totalTimeout the longest a whole call may take: every attempt, and every wait between them
 * @param maxAttempts how many attempts at most, the first included; 1 turns retries off
 * @param initialBackoff the wait before the first retry when the provider named none; it doubles for
 *     each retry after that, and is randomly shortened by up to half so that many callers who failed
 *     together do not come back together
 * @param maxBackoff the ceiling of that doubling
 * @param retryDeadline how long after the call began an attempt may still start; a wait that would
 *     end later, including one the provider asked for with {@code Retry-After}, is not waited: the call
 *     fails at once with the provider's error. At most {@link #MAX_RETRY_DEADLINE}
 */
public record ResilienceSettings(
        Duration firstTokenTimeout,
        Duration idleTimeout,
        Duration totalTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration retryDeadline) {

    /** More attempts only multiply the load on a provider that is already failing. */
    public static final int MAX_ATTEMPTS = 10;
    /** Nobody waits an hour for a reply to start, so a provider asking for longer is not retried. */
    public static final Duration MAX_RETRY_DEADLINE = Duration.ofHours(1);

    public ResilienceSettings {
        requirePositive(firstTokenTimeout, "firstTokenTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(retryDeadline, "retryDeadline");
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
        }
        if (retryDeadline.compareTo(MAX_RETRY_DEADLINE) > 0) {
            throw new IllegalArgumentException("retryDeadline must be at most one hour");
        }
    }

    /**
     * First piece within 60 s, no silence over 30 s, 10 min in all; 3 attempts, waits from 500 ms
     * doubling up to 8 s, no attempt starting more than 30 s after the call began.
     */
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMinutes(10),
                3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    public ResilienceSettings withTimeouts(Duration firstToken, Duration idle, Duration total) {
        return new ResilienceSettings(firstToken, idle, total, maxAttempts, initialBackoff, maxBackoff,
                retryDeadline);
    }

    public ResilienceSettings withRetries(int attempts, Duration initial, Duration max, Duration deadline) {
        return new ResilienceSettings(firstTokenTimeout, idleTimeout, totalTimeout, attempts, initial, max,
                deadline);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
