package dev.parley.llm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant RECEIVED = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void secondsAreTheWait() {
        assertThat(RetryAfter.of(Headers.of("Retry-After", " 20 "), RECEIVED)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetryAfter.of(Headers.of("Retry-After", "0"), RECEIVED)).isEqualTo(Duration.ZERO);
    }

    @Test
    void dateIsMeasuredFromTheServersOwnDate() {
        Headers headers = Headers.of("Date", "Wed, 15 Jan 2025 09:00:00 GMT",
                "Retry-After", "Wed, 15 Jan 2025 09:00:45 GMT");

        assertThat(RetryAfter.of(headers, RECEIVED)).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void dateWithoutAServerDateIsMeasuredFromWhenTheAnswerArrived() {
        Headers headers = Headers.of("Retry-After", "Wed, 15 Jan 2025 10:02:00 GMT");

        assertThat(RetryAfter.of(headers, RECEIVED)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void pastDateAsksForNoWait() {
        Headers headers = Headers.of("Retry-After", "Wed, 15 Jan 2025 09:59:00 GMT");

        assertThat(RetryAfter.of(headers, RECEIVED)).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"86401", "999999999", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void absurdWaitsAreBoundedByTheCeiling(String value) {
        assertThat(RetryAfter.of(Headers.of("Retry-After", value), RECEIVED)).isEqualTo(RetryAfter.CEILING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "20 s", "tomorrow at noon"})
    void unreadableValuesAskForNothing(String value) {
        assertThat(RetryAfter.of(Headers.of("Retry-After", value), RECEIVED)).isNull();
    }

    @Test
    void missingHeaderAsksForNothing() {
        assertThat(RetryAfter.of(Headers.of("Date", "Wed, 15 Jan 2025 09:00:00 GMT"), RECEIVED)).isNull();
    }
}
