package dev.parley.llm.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Page-fetching limits: what one {@link SafeFetcher#fetch} may cost at most.
 *
 * @param maxBytes the largest page read (after any decompression); a larger one fails, it is not cut
 * @param totalTime the whole fetch, redirects included, from the first lookup to the last byte
 * @param maxRedirects how many redirects are followed (0 to 20); one more fails
 */
public record FetchLimits(long maxBytes, Duration totalTime, int maxRedirects) {

    public static final FetchLimits DEFAULT = new FetchLimits(5L * 1024 * 1024, Duration.ofSeconds(15), 5);

    public FetchLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        Objects.requireNonNull(totalTime, "totalTime");
        if (totalTime.isNegative() || totalTime.isZero()) {
            throw new IllegalArgumentException("totalTime must be positive");
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20, not " + maxRedirects);
        }
    }
}
