package dev.parley.llm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchLimitsTest {

    @Test
    void theDefaultsAreFiveMebibytesFifteenSecondsAndFiveRedirects() {
        assertThat(FetchLimits.DEFAULT).isEqualTo(new FetchLimits(5L * 1024 * 1024, Duration.ofSeconds(15), 5));
    }

    @Test
    void limitsMustBeSensible() {
        assertThatThrownBy(() -> new FetchLimits(0, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchLimits(1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchLimits(1, Duration.ofSeconds(1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetchLimits(1, Duration.ofSeconds(1), 21)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FetchLimits(1, Duration.ofMillis(1), 0).maxRedirects()).isZero();
    }
}
