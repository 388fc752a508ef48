package dev.parley.llm.resilience;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The wait before a retry when the provider named none: {@code initial}, doubled for each retry
 * after the first, never over {@code max}, then shortened at random by up to half ("equal jitter"),
 * so callers that failed together spread out yet none comes back at once.
 */
record Backoff(Duration initial, Duration max) {

    /** The wait before retry number {@code retry} (1 for the second attempt). */
    Duration before(int retry, RandomGenerator random) {
        long ceiling = max.toNanos();
        long base = initial.toNanos();
        for (int i = 1; i < retry && base < ceiling; i++) {
            base = base > ceiling / 2 ? ceiling : base * 2;
        }
        base = Math.min(base, ceiling);
        long half = base / 2;
        return Duration.ofNanos(base - half + random.nextLong(half + 1));
    }
}
