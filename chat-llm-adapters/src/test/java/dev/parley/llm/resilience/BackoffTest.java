package dev.parley.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

    @ParameterizedTest(name = "retry {0}: {1}..{2} ms")
    @CsvSource({"1, 50, 100", "2, 100, 200", "3, 200, 400", "4, 400, 800", "5, 500, 1000", "60, 500, 1000"})
    void eachRetryWaitsTwiceAsLongUpToTheCeilingShortenedByUpToHalf(int retry, long shortest, long longest) {
        RandomGenerator random = new SplittableRandom(42);
        long seenShortest = Long.MAX_VALUE;
        long seenLongest = 0;
        for (int i = 0; i < 2000; i++) {
            long wait = backoff.before(retry, random).toNanos();
            seenShortest = Math.min(seenShortest, wait);
            seenLongest = Math.max(seenLongest, wait);
        }

        assertThat(seenShortest).isGreaterThanOrEqualTo(Duration.ofMillis(shortest).toNanos());
        assertThat(seenLongest).isLessThanOrEqualTo(Duration.ofMillis(longest).toNanos());
        assertThat(seenLongest - seenShortest).as("jitter spreads the waits")
                .isGreaterThan(Duration.ofMillis(longest - shortest).toNanos() * 9 / 10);
    }

    @Test
    void aHugeCeilingDoesNotOverflow() {
        Backoff wide = new Backoff(Duration.ofSeconds(1), Duration.ofDays(365 * 100));

        assertThat(wide.before(200, new SplittableRandom(1))).isPositive()
                .isLessThanOrEqualTo(Duration.ofDays(365 * 100));
    }
}
