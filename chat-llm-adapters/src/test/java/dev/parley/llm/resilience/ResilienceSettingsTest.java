package dev.parley.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilienceSettingsTest {

    private static final ResilienceSettings DEFAULTS = ResilienceSettings.defaults();

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(DEFAULTS).isEqualTo(new ResilienceSettings(Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofMinutes(10), 3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30)));
    }

    @Test
    void everyDurationMustBePositive() {
        assertThatThrownBy(() -> DEFAULTS.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstTokenTimeout");
        assertThatThrownBy(() -> DEFAULTS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> DEFAULTS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("totalTimeout");
        assertThatThrownBy(() -> DEFAULTS.withRetries(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> DEFAULTS.withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryDeadline");
    }

    @Test
    void attemptsAreBetweenOneAndTen() {
        assertThat(DEFAULTS.withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1))
                .maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> DEFAULTS.withRetries(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> DEFAULTS.withRetries(11, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void theBackoffCeilingIsNotBelowItsStart() {
        assertThatThrownBy(() -> DEFAULTS.withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
    }

    @Test
    void theRetryDeadlineIsAtMostAnHour() {
        assertThat(DEFAULTS.withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1))
                .retryDeadline()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> DEFAULTS.withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofHours(1).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryDeadline");
    }
}
