package dev.parley.llm.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PdfLimitsTest {

    @Test
    void theDefaultsAreTwoThousandPagesTwoMillionCharactersTwentySecondsAndSixtyFourMebibytes() {
        assertThat(PdfLimits.defaults())
                .isEqualTo(new PdfLimits(2_000, 2_000_000, Duration.ofSeconds(20), 64L * 1024 * 1024));
    }

    @Test
    void limitsMustBeSensible() {
        Duration second = Duration.ofSeconds(1);
        long mebibyte = 1024 * 1024;
        assertThatThrownBy(() -> new PdfLimits(0, 1, second, mebibyte)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfLimits(1, 0, second, mebibyte)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfLimits(1, 1, Duration.ZERO, mebibyte)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfLimits(1, 1, null, mebibyte)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PdfLimits(1, 1, second, mebibyte - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PdfLimits(1, 1, Duration.ofNanos(1), mebibyte).maxMemoryMebibytes()).isEqualTo(1);
    }
}
