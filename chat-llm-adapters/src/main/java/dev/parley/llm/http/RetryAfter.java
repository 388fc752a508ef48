package dev.parley.llm.http;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Provider plumbing: reads an answer's {@code Retry-After} header (RFC 9110 §10.2.3), either a
 * number of seconds or an HTTP date, as the wait it asks for. Thread-safe.
 *
 * <p>A date is measured against the answer's own {@code Date} header when it sent one, so a server
 * whose clock differs from Parley's still gets the wait it meant. A date already past asks for no
 * wait. Waits longer than {@link #CEILING} are reported as the ceiling: nothing in Parley waits that
 * long for a reply (a retry deadline is at most an hour), and bounding them keeps arithmetic on a
 * nonsensical value from overflowing.
 */
public final class RetryAfter {

    /** The longest wait reported; any longer one means "not within this request" just as well. */
    public static final Duration CEILING = Duration.ofDays(1);

    private static final Pattern SECONDS = Pattern.compile("\\d+");
    private static final int MAX_DIGITS = 9;

    private RetryAfter() {
    }

    /**
     * The wait the headers ask for, or null when they carry no {@code Retry-After} Parley can read;
     * {@code receivedAt} stands in for a missing {@code Date} header.
     */
    public static Duration of(Headers headers, Instant receivedAt) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (SECONDS.matcher(trimmed).matches()) {
            return trimmed.length() > MAX_DIGITS ? CEILING : bounded(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        Instant retryAt = headers.getInstant("Retry-After");
        if (retryAt == null) {
            return null;
        }
        Instant serverNow = headers.getInstant("Date");
        Duration wait = Duration.between(serverNow == null ? receivedAt : serverNow, retryAt);
        return wait.isNegative() ? Duration.ZERO : bounded(wait);
    }

    private static Duration bounded(Duration wait) {
        return wait.compareTo(CEILING) > 0 ? CEILING : wait;
    }
}
